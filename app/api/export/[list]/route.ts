import { errorResponse, resolveRouteAccess } from "@/server/api/org-route";
import { AppError } from "@/server/errors";
import { LIST_EXPORTS } from "@/server/services/export/list-exports";
import { streamListCsv } from "@/server/services/export/stream-csv";

/**
 * `GET /api/export/<clients|campaigns|contacts|tasks|assets>?filters=<JSON of the list's filters>`:
 * the whole filtered list as CSV, streamed.
 */
export async function GET(req: Request, { params }: { params: Promise<{ list: string }> }) {
  try {
    const { list } = await params;
    const definition = LIST_EXPORTS[list];
    if (!definition) {
      throw new AppError(
        "NOT_FOUND",
        `There is no "${list}" export. Use one of: ${Object.keys(LIST_EXPORTS).join(", ")}.`,
      );
    }
    const access = await resolveRouteAccess(req, definition.action);
    const raw = new URL(req.url).searchParams.get("filters");
    let parsedJson: unknown = {};
    try {
      parsedJson = raw ? JSON.parse(raw) : {};
    } catch {
      throw new AppError("BAD_REQUEST", 'filters must be a JSON object, e.g. {"status":"active"}.');
    }
    const filters = definition.filters.parse(parsedJson);
    const stream = await streamListCsv(access, list, definition, filters);
    const stamp = new Date().toISOString().slice(0, 10);
    return new Response(stream, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${list}-${access.organization.slug}-${stamp}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
