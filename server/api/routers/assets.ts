import { z } from "zod";
import {
  ZAddAssetCommentInput,
  ZAssetComment,
  ZAssetDetail,
  ZAssetPage,
  ZAssetSummary,
  ZBulkArchiveAssetsInput,
  ZDecideAssetInput,
  ZListAssetsInput,
  ZSubmitAssetInput,
  ZUpdateAssetInput,
  ASSET_STATUSES,
} from "@/lib/schemas/assets";
import { ZId } from "@/lib/schemas/clients";
import { bulkArchiveAssets, getAsset, listAssets, updateAsset } from "../../services/assets/assets";
import { addAssetComment, decideAsset, submitAssetForReview } from "../../services/assets/review";
import { createTRPCRouter, orgProcedure } from "../trpc";

const ZMoved = z.object({ id: z.string(), status: z.enum(ASSET_STATUSES) });

/** Uploads (new assets and new versions) are route handlers: see app/api/assets. */
export const assetsRouter = createTRPCRouter({
  list: orgProcedure("asset.read")
    .input(ZListAssetsInput)
    .output(ZAssetPage)
    .query(({ ctx, input }) => listAssets(ctx, input)),
  get: orgProcedure("asset.read")
    .input(z.object({ id: ZId }).strict())
    .output(ZAssetDetail)
    .query(({ ctx, input }) => getAsset(ctx, input.id)),
  update: orgProcedure("asset.update")
    .input(ZUpdateAssetInput)
    .output(ZAssetSummary)
    .mutation(({ ctx, input }) => updateAsset(ctx, input)),
  submit: orgProcedure("asset.update")
    .input(ZSubmitAssetInput)
    .output(ZMoved)
    .mutation(({ ctx, input }) => submitAssetForReview(ctx, input)),
  decide: orgProcedure("asset.review")
    .input(ZDecideAssetInput)
    .output(ZMoved)
    .mutation(({ ctx, input }) => decideAsset(ctx, input)),
  comment: orgProcedure("asset.comment")
    .input(ZAddAssetCommentInput)
    .output(ZAssetComment)
    .mutation(({ ctx, input }) => addAssetComment(ctx, input)),
  bulkArchive: orgProcedure("asset.archive")
    .input(ZBulkArchiveAssetsInput)
    .output(z.object({ updated: z.number().int() }))
    .mutation(({ ctx, input }) => bulkArchiveAssets(ctx, input)),
});
