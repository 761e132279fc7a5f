import { currentUser, type SessionUser } from "../auth/session";
import { requestMeta, type RequestMeta } from "../http/request-meta";

export const ACTIVE_ORG_COOKIE = "sb_org";

export type ApiContext = {
  user: SessionUser | null;
  meta: RequestMeta;
  /** The agency the browser last switched to; checked against memberships on every call. */
  activeOrgId: string | null;
  resHeaders: Headers;
};

export function readCookie(cookieHeader: string | null, name: string): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}

export async function createApiContext(opts: { req: Request; resHeaders: Headers }): Promise<ApiContext> {
  return {
    user: await currentUser(),
    meta: requestMeta(opts.req.headers),
    activeOrgId: readCookie(opts.req.headers.get("cookie"), ACTIVE_ORG_COOKIE),
    resHeaders: opts.resHeaders,
  };
}
