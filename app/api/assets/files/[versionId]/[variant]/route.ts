import { errorResponse } from "@/server/api/org-route";
import { currentUser } from "@/server/auth/session";
import { serveAssetFile } from "@/server/services/assets/serve-file";

/**
 * A signed, short-lived, per-person link to an asset file (made by `assets.get` / `assets.list`).
 * The app-wide security headers skip this path (next.config.mjs), so refusals get their own.
 */
export async function GET(req: Request, { params }: { params: Promise<{ versionId: string; variant: string }> }) {
  try {
    const user = await currentUser();
    return await serveAssetFile(req, await params, user?.id ?? null);
  } catch (error) {
    const response = errorResponse(error);
    response.headers.set("x-content-type-options", "nosniff");
    response.headers.set("x-frame-options", "DENY");
    response.headers.set("content-security-policy", "default-src 'none'; frame-ancestors 'none'");
    return response;
  }
}
