import { z } from "zod";
import { bulkIds, ZId, ZInfiniteDirection } from "./clients";

export const ASSET_KINDS = ["image", "video", "pdf"] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

export const ASSET_KIND_LABELS: Record<AssetKind, string> = { image: "Image", video: "Video", pdf: "PDF" };

export const ASSET_STATUSES = ["draft", "in_review", "approved", "changes_requested"] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];

export const ASSET_STATUS_LABELS: Record<AssetStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  approved: "Approved",
  changes_requested: "Changes requested",
};

/**
 * Approval moves. Approval belongs to the current version: uploading a new version puts the
 * asset back to draft, which is the only way out of "approved".
 */
export const ASSET_TRANSITIONS: Record<AssetStatus, readonly AssetStatus[]> = {
  draft: ["in_review"],
  in_review: ["approved", "changes_requested"],
  changes_requested: ["in_review"],
  approved: [],
};

/** Decisions on a version under review; the other move (submit) is an ordinary edit. */
export const ASSET_DECISIONS = ["approved", "changes_requested"] as const satisfies readonly AssetStatus[];

export function canMoveAsset(from: AssetStatus, to: AssetStatus): boolean {
  return ASSET_TRANSITIONS[from].includes(to);
}

const MB = 1024 * 1024;

/**
 * File types an asset may hold, decided by the file's content (magic bytes), never its name.
 * SVG is left out on purpose: it is a script-capable document, not a picture.
 */
export const ASSET_TYPES = {
  "image/png": { ext: "png", kind: "image", label: "PNG", maxBytes: 25 * MB },
  "image/jpeg": { ext: "jpg", kind: "image", label: "JPEG", maxBytes: 25 * MB },
  "image/gif": { ext: "gif", kind: "image", label: "GIF", maxBytes: 25 * MB },
  "image/webp": { ext: "webp", kind: "image", label: "WebP", maxBytes: 25 * MB },
  "application/pdf": { ext: "pdf", kind: "pdf", label: "PDF", maxBytes: 50 * MB },
  "video/mp4": { ext: "mp4", kind: "video", label: "MP4", maxBytes: 250 * MB },
  "video/webm": { ext: "webm", kind: "video", label: "WebM", maxBytes: 250 * MB },
  "video/quicktime": { ext: "mov", kind: "video", label: "MOV", maxBytes: 250 * MB },
} as const satisfies Record<string, { ext: string; kind: AssetKind; label: string; maxBytes: number }>;
export type AssetMimeType = keyof typeof ASSET_TYPES;

/** The largest upload of any type; a body past it is cut off before it is read whole. */
export const MAX_ASSET_BYTES = Math.max(...Object.values(ASSET_TYPES).map((t) => t.maxBytes));

/** What the upload form's file picker offers (a hint only: the server checks the content). */
export const ASSET_ACCEPT = Object.keys(ASSET_TYPES).join(",");

export const ASSET_TYPES_SENTENCE =
  "PNG, JPEG, GIF or WebP images (up to 25 MB), PDFs (up to 50 MB) or MP4, WebM or MOV videos (up to 250 MB)";

const ZName = z.string().trim().min(1, "Name is required.").max(200, "Name must be at most 200 characters.");

/** Query string of `POST /api/assets` (the file itself is the request body). */
export const ZCreateAssetQuery = z
  .object({
    clientId: ZId,
    campaignId: ZId.optional(),
    name: ZName.optional(),
    filename: z.string().trim().min(1).max(255).optional(),
  })
  .strict();

/** Query string of `POST /api/assets/<id>/versions`. */
export const ZNewVersionQuery = z.object({ filename: z.string().trim().min(1).max(255).optional() }).strict();

export const ZUpdateAssetInput = z
  .object({
    id: ZId,
    patch: z
      .object({
        name: ZName,
        description: z.string().max(5_000, "Description must be at most 5,000 characters.").nullable(),
        campaignId: ZId.nullable(),
      })
      .partial()
      .strict(),
  })
  .strict();
export type TUpdateAssetInput = z.infer<typeof ZUpdateAssetInput>;

const ZCommentBody = z
  .string()
  .trim()
  .min(1, "Write a comment first.")
  .max(5_000, "Comments must be at most 5,000 characters.");

/** The version the person is looking at: a decision never applies to one they have not seen. */
const ZSeenVersion = z.number().int().min(1);

export const ZSubmitAssetInput = z.object({ id: ZId, version: ZSeenVersion }).strict();
export type TSubmitAssetInput = z.infer<typeof ZSubmitAssetInput>;

export const ZDecideAssetInput = z
  .object({ id: ZId, version: ZSeenVersion, decision: z.enum(ASSET_DECISIONS), comment: ZCommentBody.optional() })
  .strict()
  .refine((input) => input.decision !== "changes_requested" || input.comment, {
    message: "Say what needs to change.",
    path: ["comment"],
  });
export type TDecideAssetInput = z.infer<typeof ZDecideAssetInput>;

export const ZAddAssetCommentInput = z.object({ assetId: ZId, body: ZCommentBody, parentId: ZId.optional() }).strict();
export type TAddAssetCommentInput = z.infer<typeof ZAddAssetCommentInput>;

export const ZBulkArchiveAssetsInput = z
  .object({
    ids: bulkIds("assets"),
    archived: z.boolean(),
  })
  .strict();
export type TBulkArchiveAssetsInput = z.infer<typeof ZBulkArchiveAssetsInput>;

export const ASSET_SORTS = ["updatedAt", "createdAt", "name"] as const;

export const ZListAssetsInput = z
  .object({
    search: z.string().trim().max(100).optional(),
    clientId: ZId.optional(),
    campaignId: ZId.optional(),
    statuses: z.array(z.enum(ASSET_STATUSES)).max(ASSET_STATUSES.length).optional(),
    kinds: z.array(z.enum(ASSET_KINDS)).max(ASSET_KINDS.length).optional(),
    archived: z.boolean().default(false),
    sort: z.enum(ASSET_SORTS).default("updatedAt"),
    order: z.enum(["asc", "desc"]).default("desc"),
    cursor: ZId.optional(),
    limit: z.number().int().min(1).max(100).default(24),
    direction: ZInfiniteDirection,
  })
  .strict();
export type TListAssetsInput = z.infer<typeof ZListAssetsInput>;

export const ZAssetSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  kind: z.enum(ASSET_KINDS),
  status: z.enum(ASSET_STATUSES),
  currentVersion: z.number().int(),
  clientId: z.string(),
  client: z.object({ name: z.string() }),
  campaignId: z.string().nullable(),
  campaign: z.object({ name: z.string() }).nullable(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  /** Signed, short-lived; null when the version has no thumbnail (videos, PDFs). */
  thumbnailUrl: z.string().nullable(),
  archivedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TAssetSummary = z.infer<typeof ZAssetSummary>;

export const ZAssetPage = z.object({ items: z.array(ZAssetSummary), nextCursor: z.string().nullable() });

export const ZAssetVersion = z.object({
  id: z.string(),
  version: z.number().int(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  originalFilename: z.string(),
  uploadedByName: z.string(),
  createdAt: z.date(),
  /** Signed, short-lived links (see `urlsExpireAt`). */
  url: z.string(),
  downloadUrl: z.string(),
  thumbnailUrl: z.string().nullable(),
});
export type TAssetVersion = z.infer<typeof ZAssetVersion>;

export const ZAssetComment = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  version: z.number().int(),
  body: z.string(),
  decision: z.enum(ASSET_STATUSES).nullable(),
  authorName: z.string(),
  createdAt: z.date(),
});
export type TAssetComment = z.infer<typeof ZAssetComment>;

export const ZAssetDetail = ZAssetSummary.extend({
  versions: z.array(ZAssetVersion),
  comments: z.array(ZAssetComment),
  allowedMoves: z.array(z.enum(ASSET_STATUSES)),
  urlsExpireAt: z.date(),
});
export type TAssetDetail = z.infer<typeof ZAssetDetail>;
