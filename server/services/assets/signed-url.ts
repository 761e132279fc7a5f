import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "../../env";
import { AppError } from "../../errors";

export const ASSET_FILE_VARIANTS = ["original", "thumbnail"] as const;
export type AssetFileVariant = (typeof ASSET_FILE_VARIANTS)[number];

export type AssetFileLink = {
  organizationId: string;
  versionId: string;
  variant: AssetFileVariant;
  /** The person the link is for: nobody else can use it, even inside the agency. */
  userId: string;
  download?: boolean;
};

let key: Buffer | undefined;

/** A key of its own, derived from NEXTAUTH_SECRET, so asset links cannot forge sessions or vice versa. */
function signingKey(): Buffer {
  key ??= Buffer.from(hkdfSync("sha256", env().NEXTAUTH_SECRET, "switchboard", "asset-file-links", 32));
  return key;
}

function signature(link: AssetFileLink, expiresAt: number): string {
  const payload = [link.organizationId, link.versionId, link.variant, link.userId, link.download ? 1 : 0, expiresAt];
  // JSON, not a joined string: no field can smuggle a separator into another.
  return createHmac("sha256", signingKey()).update(JSON.stringify(payload)).digest("base64url");
}

/**
 * A link to one file of an asset version, valid for at most ASSET_URL_TTL_SECONDS from `now`
 * and at least four fifths of it. The expiry is rounded down to a fifth of the lifetime, so
 * links made moments apart are the same URL and the browser's cache can serve them.
 */
export function signAssetFileUrl(link: AssetFileLink, now = Date.now()): { url: string; expiresAt: Date } {
  const ttl = env().ASSET_URL_TTL_SECONDS;
  const step = Math.max(1, Math.floor(ttl / 5));
  const expiresAt = Math.floor((Math.floor(now / 1000) + ttl) / step) * step;
  const query = new URLSearchParams({ org: link.organizationId, exp: String(expiresAt) });
  if (link.download) query.set("download", "1");
  query.set("sig", signature(link, expiresAt));
  return {
    url: `/api/assets/files/${encodeURIComponent(link.versionId)}/${link.variant}?${query.toString()}`,
    expiresAt: new Date(expiresAt * 1000),
  };
}

/**
 * Checks a link's signature and expiry for the person using it; answers which agency and
 * file it names, or refuses with a message that says what to do.
 */
export function verifyAssetFileUrl(
  params: { versionId: string; variant: string; query: URLSearchParams; userId: string },
  now = Date.now(),
): AssetFileLink & { expiresAt: number } {
  const organizationId = params.query.get("org") ?? "";
  const expiresAt = Number(params.query.get("exp"));
  const given = Buffer.from(params.query.get("sig") ?? "", "base64url");
  const variant = params.variant as AssetFileVariant;
  const invalid = new AppError("FORBIDDEN", "This file link is not valid. Open the asset again to get a fresh link.");
  if (!organizationId || !Number.isInteger(expiresAt) || !ASSET_FILE_VARIANTS.includes(variant)) throw invalid;
  const link: AssetFileLink = {
    organizationId,
    versionId: params.versionId,
    variant,
    userId: params.userId,
    download: params.query.get("download") === "1",
  };
  const expected = Buffer.from(signature(link, expiresAt), "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid;
  if (expiresAt * 1000 <= now) {
    throw new AppError("FORBIDDEN", "This file link has expired. Open the asset again to get a fresh link.");
  }
  return { ...link, expiresAt };
}
