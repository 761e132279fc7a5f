import pg from "pg";
import { env } from "@/server/env";
import { EVENTS_CHANNEL } from "@/server/workflow/events";

const TERMINAL = new Set(["run.succeeded", "run.failed", "run.cancelled"]);

/**
 * The bench's own LISTEN connection on the engine's event channel: notes when each run's
 * terminal event arrives (performance.now()), whoever subscribed or not, so a run that ends
 * before its id is known is not missed. The client-side clock of the step bench stops here.
 */
export async function startRunEndListener() {
  const ended = new Map<string, { at: number; type: string }>();
  const waiters = new Map<string, () => void>();
  const client = new pg.Client({ connectionString: env().appDatabaseUrl });
  client.on("notification", (message) => {
    const at = performance.now();
    if (!message.payload) return;
    const notice = JSON.parse(message.payload) as { runId: string; type: string };
    if (!TERMINAL.has(notice.type)) return;
    ended.set(notice.runId, { at, type: notice.type });
    waiters.get(notice.runId)?.();
  });
  await client.connect();
  await client.query(`LISTEN ${EVENTS_CHANNEL}`);
  return {
    /** Resolves with when (and how) the run ended, or rejects after `timeoutMs`. */
    async ended(runId: string, timeoutMs = 30_000): Promise<{ at: number; type: string }> {
      const known = ended.get(runId);
      if (known) return known;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`run ${runId} did not end within ${timeoutMs} ms`)), timeoutMs);
        waiters.set(runId, () => {
          clearTimeout(timer);
          resolve();
        });
      });
      waiters.delete(runId);
      return ended.get(runId)!;
    },
    stop: () => client.end(),
  };
}
