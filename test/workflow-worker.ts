import type { TWorkflowGraph } from "@/lib/workflow/graph";
import { env } from "@/server/env";
import type { EngineOptions } from "@/server/workflow/engine";
import { closeQueue } from "@/server/workflow/queue";
import { startWorkflowWorker, type WorkflowWorker } from "@/server/workflow/worker";
import type { Caller } from "./factories";

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

/** A workflow with this graph, published as version 1; its id. */
export async function publishWorkflow(caller: Caller, graph: TWorkflowGraph, label = "Workflow test"): Promise<string> {
  publishedCount += 1;
  const workflow = await caller.workflows.create({ name: `${label} ${publishedCount} ${Date.now()}`, graph });
  await caller.workflows.publish({ id: workflow.id, baseRevision: workflow.draftRevision });
  return workflow.id;
}
let publishedCount = 0;

export type RunDetail = Awaited<ReturnType<Caller["workflows"]["runDetail"]>>;
const ended = (run: RunDetail) => ["succeeded", "failed", "cancelled"].includes(run.status);

/** The run once `until` holds (by default: once it has ended), polling its detail. */
export async function waitForRun(
  caller: Caller,
  runId: string,
  until: (run: RunDetail) => boolean = ended,
  timeoutMs = 25_000,
): Promise<RunDetail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await caller.workflows.runDetail({ id: runId });
    if (until(run)) return run;
    if (Date.now() > deadline) throw new Error(`run ${runId} is still ${run.status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The value `check` gives once it gives one. */
export async function eventually<T>(
  what: string,
  check: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
