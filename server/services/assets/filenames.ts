import path from "node:path";
import { ASSET_TYPES, type AssetMimeType } from "@/lib/schemas/assets";

const MAX_NAME = 200;

/**
 * A file name as given, made safe to show and to send back: no folders, no control or
 * invisible formatting characters (a right-to-left override can make `brief‮fdp.hta` look
 * like a PDF), no trailing dots or spaces, at most 255 characters.
 */
export function cleanFilename(name: string | undefined): string {
  const cleaned = path
    .basename((name ?? "").replaceAll("\\", "/"))
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .replace(/[. ]+$/, "")
    .trim()
    .slice(0, 255);
  return cleaned || "upload";
}

const stem = (name: string) => name.replace(/\.[^.]*$/, "") || name;

/** The asset name an upload gets when none was typed: its file name without the extension. */
export function assetNameFrom(filename: string | undefined): string {
  const name = filename ? stem(cleanFilename(filename)).trim().slice(0, MAX_NAME) : "";
  return name && name !== "upload" ? name : "Untitled asset";
}

/**
 * The name a served file is saved under: the uploader's name with the extension of what the
 * file really is, so a PDF named `brief.hta` downloads as `brief.pdf`.
 */
export function servedFilename(original: string, mime: string, variant: "original" | "thumbnail"): string {
  if (variant === "thumbnail") return `${stem(original)}-thumbnail.webp`;
  const type = ASSET_TYPES[mime as AssetMimeType] as (typeof ASSET_TYPES)[AssetMimeType] | undefined;
  return type ? `${stem(original)}.${type.ext}` : original;
}

/** `Content-Disposition` with an ASCII fallback and the exact name per RFC 6266 / 8187. */
export function contentDisposition(type: "inline" | "attachment", filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
