import { randomUUID } from "node:crypto";
import type { z } from "zod";
import {
  ASSET_TYPES,
  MAX_ASSET_BYTES,
  type AssetKind,
  type TAssetSummary,
  type ZCreateAssetQuery,
} from "@/lib/schemas/assets";
import type { OrgContext } from "../../api/trpc";
import { recordAudit } from "../../audit/record";
import { withDb } from "../../db/client";
import { AppError } from "../../errors";
import { objectStore } from "../../storage/object-store";
import { assertCampaignFits, assertNotArchived, findAssetOrThrow, getAsset, type AssetServiceCtx } from "./assets";
import { actorName } from "./review";
import { sniffAssetType } from "./sniff";
import { stageUpload, type StagedUpload } from "./stage-upload";
import { imageThumbnail } from "./thumbnail";
import { assetNameFrom, cleanFilename } from "./filenames";

type Access = Omit<OrgContext, "db">;

type StoredFile = Awaited<ReturnType<typeof storeFile>>;

/** Checks the staged file by content, makes its thumbnail and puts both in the object store. */
async function storeFile(organizationId: string, staged: StagedUpload, filename: string | undefined) {
  const type = await sniffAssetType(staged.path, staged.sizeBytes);
  const image = type.kind === "image" ? await imageThumbnail(staged.path) : null;
  const prefix = `${organizationId}/assets/${randomUUID()}`;
  const storageKey = `${prefix}/original.${type.ext}`;
  const thumbnailKey = image ? `${prefix}/thumbnail.webp` : null;
  const store = objectStore();
  await store.putFile(storageKey, staged.path, type.mime, staged.sha256);
  if (image && thumbnailKey) {
    try {
      await store.putBytes(thumbnailKey, image.thumbnail, "image/webp");
    } catch (error) {
      await store.delete(storageKey);
      throw error;
    }
  }
  return {
    kind: type.kind,
    version: {
      storageKey,
      thumbnailKey,
      mimeType: type.mime,
      sizeBytes: staged.sizeBytes,
      sha256: staged.sha256,
      width: image?.width ?? null,
      height: image?.height ?? null,
      originalFilename: cleanFilename(filename),
    },
  };
}

/**
 * Stage → check → store → record. The database rows are written last, in one transaction
 * with the audit event; if that fails the stored objects are removed again, so a failed
 * upload leaves neither a row without a file nor (barring a crash) a file without a row.
 */
async function withStoredUpload<T>(
  access: Access,
  req: Request,
  upload: { filename: string | undefined; maxBytes: number },
  record: (ctx: AssetServiceCtx, file: StoredFile) => Promise<T>,
): Promise<T> {
  const staged = await stageUpload(req, upload.maxBytes);
  try {
    const file = await storeFile(access.organizationId, staged, upload.filename);
    try {
      return await inAgency(access, async (ctx) => {
        // The upload may have taken minutes: the person must still be a member when it lands.
        const member = await ctx.db.membership.findFirst({ where: { userId: access.actor.userId ?? "" } });
        if (!member) throw new AppError("FORBIDDEN", "You are no longer a member of this agency.");
        return record(ctx, file);
      });
    } catch (error) {
      // Clean up what was stored, but report why the upload failed, not why cleaning up did.
      const keys = [file.version.storageKey, file.version.thumbnailKey].filter((key): key is string => Boolean(key));
      const results = await Promise.allSettled(keys.map((key) => objectStore().delete(key)));
      for (const result of results) {
        if (result.status === "rejected") console.error("removing an orphaned asset file failed:", result.reason);
      }
      throw error;
    }
  } finally {
    await staged.remove();
  }
}

const inAgency = <T>(access: Access, fn: (ctx: AssetServiceCtx) => Promise<T>) =>
  withDb({ organizationId: access.organizationId, userId: access.actor.userId ?? undefined }, (db) =>
    fn({ db, organizationId: access.organizationId, actor: access.actor }),
  );

/** Largest file an asset of `kind` may hold. */
const maxBytesFor = (kind: AssetKind) =>
  Math.max(
    ...Object.values(ASSET_TYPES)
      .filter((type) => type.kind === kind)
      .map((type) => type.maxBytes),
  );

async function assertClientFits(ctx: AssetServiceCtx, clientId: string, campaignId: string | undefined) {
  const client = await ctx.db.client.findFirst({ where: { id: clientId }, select: { id: true } });
  if (!client) throw new AppError("BAD_REQUEST", "That client was not found in this agency.", { field: "clientId" });
  await assertCampaignFits(ctx.db, clientId, campaignId);
}

/** A new asset from an uploaded file (version 1, draft). */
export async function createAssetFromUpload(
  access: Access,
  req: Request,
  query: z.infer<typeof ZCreateAssetQuery>,
): Promise<TAssetSummary> {
  // Cheap checks first, so a wrong client refuses the upload before its body is read.
  await inAgency(access, (ctx) => assertClientFits(ctx, query.clientId, query.campaignId));
  const upload = { filename: query.filename, maxBytes: MAX_ASSET_BYTES };
  return withStoredUpload(access, req, upload, async (ctx, file) => {
    await assertClientFits(ctx, query.clientId, query.campaignId);
    const name = query.name ?? assetNameFrom(query.filename);
    const uploadedByName = await actorName(ctx);
    const asset = await ctx.db.asset.create({
      data: {
        organizationId: ctx.organizationId,
        clientId: query.clientId,
        campaignId: query.campaignId ?? null,
        name,
        kind: file.kind,
        createdById: ctx.actor.userId,
        versions: {
          create: {
            version: 1,
            ...file.version,
            uploadedById: ctx.actor.userId,
            uploadedByName,
          },
        },
      },
      select: { id: true },
    });
    await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
      action: "asset.create",
      targetType: "asset",
      targetId: asset.id,
      after: { name, clientId: query.clientId, kind: file.kind, version: 1, file: file.version.originalFilename },
    });
    return getAsset(ctx, asset.id);
  });
}

/**
 * A new version of an existing asset. Its kind may not change (a video stays a video), and
 * approval starts over: the asset goes back to draft.
 */
export async function uploadAssetVersion(
  access: Access,
  req: Request,
  assetId: string,
  filename: string | undefined,
): Promise<TAssetSummary> {
  // Before reading the body: the asset must exist and take uploads, and its kind caps the size.
  const { kind } = await inAgency(access, async (ctx) => {
    const asset = await findAssetOrThrow(ctx.db, assetId);
    assertNotArchived(asset, "upload a new version");
    return asset;
  });
  return withStoredUpload(access, req, { filename, maxBytes: maxBytesFor(kind) }, async (ctx, file) => {
    const asset = await findAssetOrThrow(ctx.db, assetId);
    assertNotArchived(asset, "upload a new version");
    if (file.kind !== asset.kind) {
      throw new AppError(
        "UNSUPPORTED_MEDIA_TYPE",
        `This asset is a ${asset.kind}; a new version must be one too. Upload a ${asset.kind}, or create a new asset for this file.`,
      );
    }
    // The increment takes the row lock, so two uploads at once get different numbers; it is
    // conditional, so an archive that committed meanwhile wins. What it returns is the truth.
    const [moved] = await ctx.db.asset.updateManyAndReturn({
      where: { id: assetId, archivedAt: null },
      data: { currentVersion: { increment: 1 }, status: "draft" },
      select: { currentVersion: true },
    });
    if (!moved) throw new AppError("CONFLICT", "This asset was archived meanwhile. Restore it before you upload.");
    const { currentVersion } = moved;
    await ctx.db.assetVersion.create({
      data: {
        organizationId: ctx.organizationId,
        assetId,
        version: currentVersion,
        ...file.version,
        uploadedById: ctx.actor.userId,
        uploadedByName: await actorName(ctx),
      },
      select: { id: true },
    });
    await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
      action: "asset.version_upload",
      targetType: "asset",
      targetId: assetId,
      before: { version: currentVersion - 1 },
      after: { version: currentVersion, status: "draft", file: file.version.originalFilename },
    });
    return getAsset(ctx, assetId);
  });
}
