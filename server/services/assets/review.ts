import {
  ASSET_STATUS_LABELS,
  canMoveAsset,
  type TAddAssetCommentInput,
  type TDecideAssetInput,
  type TSubmitAssetInput,
  type AssetStatus,
} from "@/lib/schemas/assets";
import { recordAudit } from "../../audit/record";
import { AppError, notFound } from "../../errors";
import { assertNotArchived, findAssetOrThrow, type AssetServiceCtx } from "./assets";

/** The name a person's comments and uploads carry; kept on the row so it outlives the membership. */
export async function actorName(ctx: AssetServiceCtx): Promise<string> {
  if (!ctx.actor.userId) return ctx.actor.label;
  const user = await ctx.db.user.findFirst({ where: { id: ctx.actor.userId }, select: { name: true } });
  return user?.name ?? ctx.actor.label;
}

/**
 * Moves the asset's approval state, refusing a move the workflow does not allow. The update
 * is conditional on the state read, so two reviewers deciding at once cannot both win.
 */
async function moveAsset(ctx: AssetServiceCtx, id: string, version: number, to: AssetStatus, doing: string) {
  const asset = await findAssetOrThrow(ctx.db, id);
  assertNotArchived(asset, doing);
  if (asset.currentVersion !== version) {
    throw new AppError(
      "CONFLICT",
      `Version ${asset.currentVersion} was uploaded after you opened version ${version}. Look at it first, then try again.`,
    );
  }
  if (!canMoveAsset(asset.status, to)) {
    const hint =
      asset.status === "approved"
        ? " Upload a new version to change an approved asset."
        : to === "in_review"
          ? ""
          : " Submit it for review first.";
    throw new AppError(
      "CONFLICT",
      `This asset is ${ASSET_STATUS_LABELS[asset.status]}; it cannot move to ${ASSET_STATUS_LABELS[to]}.${hint}`,
    );
  }
  // Conditional on what was read: a concurrent move, upload or archive makes this one lose.
  const { count } = await ctx.db.asset.updateMany({
    where: { id, status: asset.status, currentVersion: version, archivedAt: null },
    data: { status: to },
  });
  if (count !== 1) throw new AppError("CONFLICT", "Someone else changed this asset just now. Reload and try again.");
  return asset;
}

export async function submitAssetForReview(ctx: AssetServiceCtx, { id, version }: TSubmitAssetInput) {
  const asset = await moveAsset(ctx, id, version, "in_review", "submit it for review");
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "asset.submit",
    targetType: "asset",
    targetId: id,
    before: { status: asset.status, version: asset.currentVersion },
    after: { status: "in_review", version: asset.currentVersion },
  });
  return { id, status: "in_review" as const };
}

/** Approves the current version or asks for changes; the decision is kept as a comment. */
export async function decideAsset(ctx: AssetServiceCtx, input: TDecideAssetInput) {
  const doing = input.decision === "approved" ? "approve it" : "request changes";
  const asset = await moveAsset(ctx, input.id, input.version, input.decision, doing);
  await ctx.db.assetComment.create({
    data: {
      organizationId: ctx.organizationId,
      assetId: input.id,
      version: asset.currentVersion,
      body: input.comment ?? `Approved version ${asset.currentVersion}.`,
      decision: input.decision,
      authorId: ctx.actor.userId,
      authorName: await actorName(ctx),
    },
    select: { id: true },
  });
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: input.decision === "approved" ? "asset.approve" : "asset.request_changes",
    targetType: "asset",
    targetId: input.id,
    before: { status: asset.status, version: asset.currentVersion },
    after: { status: input.decision, version: asset.currentVersion, comment: input.comment ?? null },
  });
  return { id: input.id, status: input.decision };
}

/** Adds a comment, or a reply; a reply to a reply joins the same thread (threads are one level). */
export async function addAssetComment(ctx: AssetServiceCtx, input: TAddAssetCommentInput) {
  const asset = await findAssetOrThrow(ctx.db, input.assetId);
  assertNotArchived(asset, "comment on it");
  let parentId: string | null = null;
  if (input.parentId) {
    const parent = await ctx.db.assetComment.findFirst({
      where: { id: input.parentId, assetId: input.assetId },
      select: { id: true, parentId: true },
    });
    if (!parent) throw notFound("The comment you are replying to");
    parentId = parent.parentId ?? parent.id;
  }
  const comment = await ctx.db.assetComment.create({
    data: {
      organizationId: ctx.organizationId,
      assetId: input.assetId,
      parentId,
      version: asset.currentVersion,
      body: input.body,
      authorId: ctx.actor.userId,
      authorName: await actorName(ctx),
    },
    select: { id: true, parentId: true, version: true, body: true, decision: true, authorName: true, createdAt: true },
  });
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "asset.comment",
    targetType: "asset",
    targetId: input.assetId,
    after: { commentId: comment.id, parentId, body: input.body },
  });
  return comment;
}
