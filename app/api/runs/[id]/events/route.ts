import { errorResponse, resolveRouteAccess } from "@/server/api/org-route";
import { openRunEventStream } from "@/server/services/workflows/run-events";

/**
 * `GET /api/runs/<id>/events`: the run's events as server-sent events — step started, finished,
 * failed, waiting for approval, streamed tokens — from whichever process runs the step. A
 * reconnecting EventSource sends Last-Event-ID and gets every event after it first.
 */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const access = await resolveRouteAccess(req, "workflow.read");
    const { id } = await params;
    const lastEventId = req.headers.get("last-event-id") ?? new URL(req.url).searchParams.get("lastEventId");
    return await openRunEventStream(access, id, lastEventId, req.signal);
  } catch (error) {
    return errorResponse(error);
  }
}
