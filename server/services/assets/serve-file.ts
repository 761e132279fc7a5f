import { can } from "@/lib/permissions";
import { withDb } from "../../db/client";
import { AppError, notFound } from "../../errors";
import { listMyMemberships } from "../organizations/memberships";
import { objectStore, type ByteRange } from "../../storage/object-store";
import { contentDisposition, servedFilename } from "./filenames";
import { verifyAssetFileUrl } from "./signed-url";

/** One `bytes=a-b` / `bytes=a-` / `bytes=-n` range, or undefined for the whole file (multi-ranges too). */
export function parseRange(header: string | null, size: number): ByteRange | undefined | "unsatisfiable" {
  const match = header?.match(/^bytes=(\d*)-(\d*)$/);
  if (!match || (!match[1] && !match[2])) return undefined;
  const start = match[1] ? Number(match[1]) : Math.max(0, size - Number(match[2]));
  const end = match[1] && match[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
  if (start >= size || start > end) return "unsatisfiable";
  return { start, end };
}

/**
 * Serves the file a signed link names, to the person it was signed for, while they are
 * still a member of that agency. Range requests work, so videos seek.
 */
export async function serveAssetFile(
  req: Request,
  params: { versionId: string; variant: string },
  userId: string | null,
  now = Date.now(),
): Promise<Response> {
  if (!userId) throw new AppError("UNAUTHORIZED", "Sign in to open this file.");
  const link = verifyAssetFileUrl({ ...params, query: new URL(req.url).searchParams, userId }, now);
  const membership = (await listMyMemberships(userId)).find((m) => m.organizationId === link.organizationId);
  if (!membership || !can(membership.role, "asset.read")) {
    throw new AppError("FORBIDDEN", "You are not a member of the agency this file belongs to.");
  }
  const version = await withDb({ organizationId: link.organizationId, userId }, (db) =>
    db.assetVersion.findFirst({
      where: { id: link.versionId },
      select: { storageKey: true, thumbnailKey: true, mimeType: true, originalFilename: true },
    }),
  );
  const key = link.variant === "thumbnail" ? version?.thumbnailKey : version?.storageKey;
  if (!version || !key) throw notFound("That file");
  const mimeType = link.variant === "thumbnail" ? "image/webp" : version.mimeType;

  const store = objectStore();
  const size = await store.size(key);
  if (size === null) throw new AppError("NOT_FOUND", "The stored file is missing. Upload the version again.");
  const range = parseRange(req.headers.get("range"), size);
  if (range === "unsatisfiable") {
    return new Response(null, {
      status: 416,
      headers: { "content-range": `bytes */${size}`, "x-content-type-options": "nosniff" },
    });
  }
  const object = await store.get(key, range);
  if (!object) throw new AppError("NOT_FOUND", "The stored file is missing. Upload the version again.");

  const headers = new Headers({
    "content-type": mimeType,
    "accept-ranges": "bytes",
    // Personal and short-lived: thumbnails may stay in this browser until the link expires;
    // originals are not kept at all (a shared computer keeps no client work after sign-out).
    "cache-control":
      link.variant === "thumbnail"
        ? `private, max-age=${Math.max(0, link.expiresAt - Math.floor(now / 1000))}`
        : "private, no-store",
    "x-content-type-options": "nosniff",
    "content-disposition": contentDisposition(
      link.download ? "attachment" : "inline",
      servedFilename(version.originalFilename, version.mimeType, link.variant),
    ),
    "referrer-policy": "no-referrer",
    // Other sites may not embed these files, even with the link.
    "cross-origin-resource-policy": "same-origin",
  });
  if (mimeType === "application/pdf") {
    // The asset page previews PDFs in a frame; Chrome's PDF viewer does not run sandboxed.
    headers.set("content-security-policy", "frame-ancestors 'self'");
    headers.set("x-frame-options", "SAMEORIGIN");
  } else {
    // Uploaded media never runs script on our origin, even opened on its own.
    headers.set("content-security-policy", "default-src 'none'; sandbox; frame-ancestors 'none'");
    headers.set("x-frame-options", "DENY");
  }
  if (object.range) {
    headers.set("content-range", `bytes ${object.range.start}-${object.range.end}/${object.size}`);
    headers.set("content-length", String(object.range.end - object.range.start + 1));
    return new Response(object.body, { status: 206, headers });
  }
  headers.set("content-length", String(object.size));
  return new Response(object.body, { status: 200, headers });
}
