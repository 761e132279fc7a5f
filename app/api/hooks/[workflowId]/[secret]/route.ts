import { errorResponse } from "@/server/api/org-route";
import { AppError } from "@/server/errors";
import { readBodyChunks } from "@/server/http/read-body";
import { requestMeta } from "@/server/http/request-meta";
import { MAX_WEBHOOK_BODY_BYTES, receiveWebhook, resolveWebhook } from "@/server/services/workflows/webhooks";

type Params = { params: Promise<{ workflowId: string; secret: string }> };

/**
 * `POST /api/hooks/<workflow>/<secret>`: starts a run of the workflow's published version with
 * `{ body, query, headers }` as its input. Answers 202 `{ runId }` at once, or — when the
 * trigger says so — 200 with the output once the run ends (202 with the run id to poll at
 * `…/runs/<runId>` if it takes longer). `Idempotency-Key` makes a repeat answer with the first run.
 */
export async function POST(req: Request, { params }: Params) {
  try {
    const { workflowId, secret } = await params;
    const target = await resolveWebhook(workflowId, secret);
    const chunks: Uint8Array[] = [];
    await readBodyChunks(
      req,
      MAX_WEBHOOK_BODY_BYTES,
      () => new AppError("PAYLOAD_TOO_LARGE", "Webhook bodies may be at most 1 MB."),
      (chunk) => void chunks.push(chunk),
    );
    const meta = requestMeta(req.headers);
    const url = new URL(req.url);
    const answer = await receiveWebhook(target, {
      body: Buffer.concat(chunks),
      contentType: req.headers.get("content-type"),
      query: Object.fromEntries(url.searchParams),
      headers: Object.fromEntries(
        ["content-type", "user-agent"].flatMap((name) => {
          const value = req.headers.get(name);
          return value ? [[name, value]] : [];
        }),
      ),
      idempotencyKey: req.headers.get("idempotency-key"),
      signature: req.headers.get(target.config.signatureHeader),
      actor: { userId: null, label: "webhook", ip: meta.ip, userAgent: meta.userAgent },
    });
    return Response.json(answer.body, {
      status: answer.status,
      headers: "duplicate" in answer.body && answer.body.duplicate ? { "idempotent-replayed": "true" } : {},
    });
  } catch (error) {
    return errorResponse(error);
  }
}
