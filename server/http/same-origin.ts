import { env } from "../env";
import { AppError } from "../errors";

/**
 * Refuses a state-changing request another site's page made with this person's cookies
 * (CSRF). Browsers say where a request comes from (`Sec-Fetch-Site`, else `Origin`); a
 * request without either is not from a browser page and cannot carry someone else's cookies.
 * tRPC needs no such check: it takes only JSON bodies, which a cross-site form cannot send.
 */
export function assertSameOrigin(req: Request): void {
  if (req.method === "GET" || req.method === "HEAD") return;
  const site = req.headers.get("sec-fetch-site");
  if (site) {
    if (site === "same-origin" || site === "none") return;
    throw crossSite();
  }
  const origin = req.headers.get("origin");
  if (!origin) return;
  const allowed = new Set([new URL(req.url).origin, new URL(env().appUrl).origin]);
  if (!allowed.has(origin)) throw crossSite();
}

const crossSite = () =>
  new AppError("FORBIDDEN", "This request came from another site. Make the change from Switchboard itself.");
