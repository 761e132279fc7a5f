/** Ask again this long before signed file links expire, so a link on screen always works. */
const EXPIRY_MARGIN_MS = 30_000;
const MIN_REFRESH_MS = 5_000;

/** List thumbnails carry no expiry; links live 5 minutes, so refresh a little sooner. */
export const LIST_LINKS_REFRESH_MS = 4 * 60_000;

/** A `refetchInterval` for a query whose signed links expire at `expiresAt`. */
export function refreshBeforeExpiry(expiresAt: Date | undefined, now = Date.now()): number | false {
  if (!expiresAt) return false;
  return Math.max(MIN_REFRESH_MS, expiresAt.getTime() - now - EXPIRY_MARGIN_MS);
}
