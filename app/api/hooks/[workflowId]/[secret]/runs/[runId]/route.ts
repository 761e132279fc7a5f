import { errorResponse } from "@/server/api/org-route";
import { resolveWebhook, webhookRunStatus } from "@/server/services/workflows/webhooks";

type Params = { params: Promise<{ workflowId: string; secret: string; runId: string }> };

/** `GET /api/hooks/<workflow>/<secret>/runs/<runId>`: a webhook caller polls the run it started. */
export async function GET(_req: Request, { params }: Params) {
  try {
    const { workflowId, secret, runId } = await params;
    const target = await resolveWebhook(workflowId, secret);
    return Response.json(await webhookRunStatus(target, runId));
  } catch (error) {
    return errorResponse(error);
  }
}
