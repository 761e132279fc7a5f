import { ZNewVersionQuery } from "@/lib/schemas/assets";
import { errorResponse, resolveRouteAccess } from "@/server/api/org-route";
import { uploadAssetVersion } from "@/server/services/assets/upload";

/** `POST /api/assets/<id>/versions?filename=…` with the file as the body: a new version, back to draft. */
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const access = await resolveRouteAccess(req, "asset.upload");
    const query = ZNewVersionQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
    const { id } = await params;
    return Response.json(await uploadAssetVersion(access, req, id, query.filename), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
