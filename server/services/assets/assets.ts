import {
  ASSET_TRANSITIONS,
  type TAssetDetail,
  type TAssetSummary,
  type TBulkArchiveAssetsInput,
  type TListAssetsInput,
  type TUpdateAssetInput,
} from "@/lib/schemas/assets";
import type { OrgContext } from "../../api/trpc";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { AppError, notFound } from "../../errors";
import { signAssetFileUrl } from "./signed-url";

export type AssetServiceCtx = Pick<OrgContext, "db" | "organizationId" | "actor">;

const VERSION_SELECT = {
  id: true,
  version: true,
  mimeType: true,
  sizeBytes: true,
  width: true,
  height: true,
  originalFilename: true,
  uploadedByName: true,
  thumbnailKey: true,
  createdAt: true,
} satisfies Prisma.AssetVersionSelect;

export const ASSET_SELECT = {
  id: true,
  name: true,
  description: true,
  kind: true,
  status: true,
  currentVersion: true,
  clientId: true,
  client: { select: { name: true } },
  campaignId: true,
  campaign: { select: { name: true } },
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
  // Versions only grow, so the latest is the current one.
  versions: { select: VERSION_SELECT, orderBy: { version: "desc" }, take: 1 },
} satisfies Prisma.AssetSelect;

type AssetRow = Prisma.AssetGetPayload<{ select: typeof ASSET_SELECT }>;

/** Signed links are made for the person asking: `userId` is bound into each one. */
function present(ctx: AssetServiceCtx, row: AssetRow, now = Date.now()): TAssetSummary {
  const { versions, ...asset } = row;
  const current = versions[0];
  if (!current) throw new Error(`Asset ${row.id} has no versions`);
  const userId = ctx.actor.userId ?? "";
  return {
    ...asset,
    mimeType: current.mimeType,
    sizeBytes: current.sizeBytes,
    thumbnailUrl: current.thumbnailKey
      ? signAssetFileUrl(
          { organizationId: ctx.organizationId, versionId: current.id, variant: "thumbnail", userId },
          now,
        ).url
      : null,
  };
}

export async function listAssets(ctx: AssetServiceCtx, input: TListAssetsInput) {
  const where: Prisma.AssetWhereInput = {
    archivedAt: input.archived ? { not: null } : null,
    ...(input.clientId && { clientId: input.clientId }),
    ...(input.campaignId && { campaignId: input.campaignId }),
    ...(input.statuses?.length && { status: { in: input.statuses } }),
    ...(input.kinds?.length && { kind: { in: input.kinds } }),
    ...(input.search && { name: { contains: input.search, mode: "insensitive" } }),
  };
  const rows = await ctx.db.asset.findMany({
    where,
    orderBy: [{ [input.sort]: input.order }, { id: input.order }],
    take: input.limit + 1,
    ...(input.cursor && { cursor: { id: input.cursor }, skip: 1 }),
    select: ASSET_SELECT,
  });
  const items = rows.slice(0, input.limit).map((row) => present(ctx, row));
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}

export async function findAssetOrThrow(db: Db, id: string) {
  const asset = await db.asset.findFirst({ where: { id }, select: ASSET_SELECT });
  if (!asset) throw notFound("That asset");
  return asset;
}

/** The asset with every version (newest first), its comments (oldest first) and fresh signed links. */
export async function getAsset(ctx: AssetServiceCtx, id: string, now = Date.now()): Promise<TAssetDetail> {
  const asset = await findAssetOrThrow(ctx.db, id);
  // One transaction is one connection: its queries run one after another.
  const versions = await ctx.db.assetVersion.findMany({
    where: { assetId: id },
    orderBy: { version: "desc" },
    select: VERSION_SELECT,
  });
  const comments = await ctx.db.assetComment.findMany({
    where: { assetId: id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, parentId: true, version: true, body: true, decision: true, authorName: true, createdAt: true },
  });
  const userId = ctx.actor.userId ?? "";
  const link = (versionId: string, variant: "original" | "thumbnail", download = false) =>
    signAssetFileUrl({ organizationId: ctx.organizationId, versionId, variant, userId, download }, now);
  return {
    ...present(ctx, asset, now),
    versions: versions.map(({ thumbnailKey, ...version }) => ({
      ...version,
      url: link(version.id, "original").url,
      downloadUrl: link(version.id, "original", true).url,
      thumbnailUrl: thumbnailKey ? link(version.id, "thumbnail").url : null,
    })),
    comments,
    allowedMoves: asset.archivedAt ? [] : [...ASSET_TRANSITIONS[asset.status]],
    urlsExpireAt: link(asset.id, "original").expiresAt,
  };
}

export function assertNotArchived(asset: { archivedAt: Date | null }, doing: string) {
  if (asset.archivedAt) throw new AppError("CONFLICT", `This asset is archived. Restore it before you ${doing}.`);
}

/** A campaign named on an asset must be this agency's and the asset's client's. */
export async function assertCampaignFits(db: Db, clientId: string, campaignId: string | null | undefined) {
  if (!campaignId) return;
  const campaign = await db.campaign.findFirst({ where: { id: campaignId }, select: { clientId: true } });
  if (!campaign)
    throw new AppError("BAD_REQUEST", "That campaign was not found in this agency.", { field: "campaignId" });
  if (campaign.clientId !== clientId) {
    throw new AppError("BAD_REQUEST", "That campaign belongs to another client than this asset.", {
      field: "campaignId",
    });
  }
}

export async function updateAsset(ctx: AssetServiceCtx, input: TUpdateAssetInput) {
  const before = await findAssetOrThrow(ctx.db, input.id);
  assertNotArchived(before, "edit it");
  await assertCampaignFits(ctx.db, before.clientId, input.patch.campaignId);
  await ctx.db.asset.update({ where: { id: input.id }, data: input.patch, select: { id: true } });
  const after = await findAssetOrThrow(ctx.db, input.id);
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "asset.update",
    targetType: "asset",
    targetId: input.id,
    before: { name: before.name, description: before.description, campaignId: before.campaignId },
    after: { name: after.name, description: after.description, campaignId: after.campaignId },
  });
  return present(ctx, after);
}

/** Archives or restores up to 100 assets; all of them or, if one is not found, none. */
export async function bulkArchiveAssets(ctx: AssetServiceCtx, input: TBulkArchiveAssetsInput) {
  const ids = [...new Set(input.ids)];
  const found = await ctx.db.asset.findMany({ where: { id: { in: ids } }, select: { id: true } });
  if (found.length !== ids.length) {
    throw new AppError("NOT_FOUND", "Some selected assets were not found in this agency. Reload and try again.");
  }
  // Conditional on the current state, and audited from what actually changed: two people
  // archiving the same assets at once leave one archive event per asset, not two.
  const changed = await ctx.db.asset.updateManyAndReturn({
    where: { id: { in: ids }, archivedAt: input.archived ? null : { not: null } },
    data: { archivedAt: input.archived ? new Date() : null },
    select: { id: true },
  });
  const changing = changed.map((asset) => asset.id).sort();
  for (const id of changing) {
    await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
      action: input.archived ? "asset.archive" : "asset.restore",
      targetType: "asset",
      targetId: id,
      before: { archived: !input.archived },
      after: { archived: input.archived },
    });
  }
  return { updated: changing.length };
}
