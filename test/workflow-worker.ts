import { env } from "@/server/env";
import type { EngineOptions } from "@/server/workflow/engine";
import { closeQueue } from "@/server/workflow/queue";
import { startWorkflowWorker, type WorkflowWorker } from "@/server/workflow/worker";

// Set on import: env() is read once and cached, and a test file's setup (createAgency) reads it
// before the file starts its worker.
process.env.WORKFLOW_HTTP_ALLOW_PRIVATE = "127.0.0.1";

/**
 * An in-process workflow worker for a test file. Every test worker lets HTTP steps reach
 * 127.0.0.1: the sweeper of any file's worker may take over another file's abandoned run (the
 * crash test's), and those runs call local test servers. The app itself never allows it.
 * `engine` overrides engine options other than the worker id and lease (a file testing the
 * per-agency limit sets `concurrencyPerAgency`).
 */
export async function startTestWorker(
  workerId: string,
  leaseMs = 2_000,
  engine: Partial<Omit<EngineOptions, "workerId" | "leaseMs">> = {},
): Promise<WorkflowWorker> {
  process.env.WORKFLOW_HTTP_ALLOW_PRIVATE = "127.0.0.1";
  if (!env().WORKFLOW_HTTP_ALLOW_PRIVATE.includes("127.0.0.1"))
    throw new Error("env() was read before test/workflow-worker.ts was imported: import it earlier.");
  const worker = await startWorkflowWorker({ ...engine, workerId, leaseMs, concurrency: 4 });
  let stopped = false;
  return {
    options: worker.options,
    async stop() {
      if (stopped) return;
      stopped = true;
      await worker.stop();
      await closeQueue();
    },
  };
}
