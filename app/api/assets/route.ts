import { ZCreateAssetQuery } from "@/lib/schemas/assets";
import { errorResponse, resolveRouteAccess } from "@/server/api/org-route";
import { createAssetFromUpload } from "@/server/services/assets/upload";

/**
 * `POST /api/assets?clientId=…&name=…&campaignId=…&filename=…` with the file as the body.
 * Answers 201 with the new asset; 415 when the content is not an accepted type, 413 when
 * it is too large.
 */
export async function POST(req: Request) {
  try {
    const access = await resolveRouteAccess(req, "asset.upload");
    const query = ZCreateAssetQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
    return Response.json(await createAssetFromUpload(access, req, query), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
