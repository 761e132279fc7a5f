import { errorResponse } from "@/server/api/org-route";
import { currentUser } from "@/server/auth/session";
import { serveAssetFile } from "@/server/services/assets/serve-file";

/** A signed, short-lived, per-person link to an asset file (made by `assets.get` / `assets.list`). */
export async function GET(req: Request, { params }: { params: Promise<{ versionId: string; variant: string }> }) {
  try {
    const user = await currentUser();
    return await serveAssetFile(req, await params, user?.id ?? null);
  } catch (error) {
    return errorResponse(error);
  }
}
