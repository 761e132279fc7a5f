import type { OrgContext } from "../../api/trpc";
import { withDb } from "../../db/client";
import { AppError, notFound } from "../../errors";
import { RUN_EVENTS_PAGE, runEventsAfter } from "../../workflow/events";
import { watchRun, type RunNotice } from "../../workflow/listener";

type Access = Pick<OrgContext, "organizationId" | "actor">;
const ENDED = new Set(["succeeded", "failed", "cancelled"]);
/** The largest bigint: a longer id would fail in the query, not as a bad request. */
const MAX_EVENT_ID = 9_223_372_036_854_775_807n;
const encoder = new TextEncoder();

const frame = (event: string, data: unknown, id?: string) =>
  encoder.encode(`${id ? `id: ${id}\n` : ""}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

/**
 * An SSE stream of a run's events. Stored events after `lastEventId` are sent first; live ones
 * follow as they are announced (NOTIFY), read back from the table in order so none is skipped or
 * sent twice; tokens go straight through (they are not stored). The stream ends after the run
 * ends, or when the viewer goes away.
 */
export async function openRunEventStream(
  access: Access,
  runId: string,
  lastEventId: string | null,
  signal: AbortSignal,
) {
  let after: bigint | null = null;
  if (lastEventId) {
    if (!/^\d{1,19}$/.test(lastEventId) || BigInt(lastEventId) > MAX_EVENT_ID)
      throw new AppError("BAD_REQUEST", "Last-Event-ID must be an event id from this stream.");
    after = BigInt(lastEventId);
  }
  const read = () =>
    withDb({ organizationId: access.organizationId, userId: access.actor.userId ?? undefined }, async (db) => {
      const run = await db.workflowRun.findFirst({ where: { id: runId }, select: { status: true } });
      if (!run) throw notFound("That run");
      return { status: run.status, events: await runEventsAfter(db, runId, after) };
    });
  await read(); // not this agency's run: refused before the stream opens

  let stop: () => void = () => undefined;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      let pending = Promise.resolve();
      const close = () => {
        if (closed) return;
        closed = true;
        stop();
        clearInterval(heartbeat);
        controller.close();
      };
      const drain = () => {
        pending = pending.then(async () => {
          for (;;) {
            if (closed) return;
            const { status, events } = await read();
            for (const event of events) {
              controller.enqueue(frame(event.type, { ...(event.data as object), at: event.createdAt }, event.id));
              after = BigInt(event.id);
            }
            if (events.length === RUN_EVENTS_PAGE) continue;
            // Status and events are read together, and a run's end commits with its event: an ended
            // run has sent everything. (A failed run that is retried is not ended, so its stream goes on.)
            if (ENDED.has(status)) close();
            return;
          }
        });
        pending.catch((error: unknown) => {
          console.error("reading run events failed:", error);
          close();
        });
      };
      const onNotice = (notice: RunNotice) => {
        if (closed) return;
        if (notice.type === "token") controller.enqueue(frame("token", { nodeId: notice.nodeId, text: notice.text }));
        else drain();
      };
      stop = await watchRun(runId, onNotice);
      const heartbeat = setInterval(() => !closed && controller.enqueue(encoder.encode(": keep-alive\n\n")), 15_000);
      signal.addEventListener("abort", close);
      drain();
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
}
