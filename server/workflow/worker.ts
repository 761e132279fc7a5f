import { randomUUID } from "node:crypto";
import type { Runner } from "graphile-worker";
import { env } from "../env";
import { advanceRun, failStuckRun, type EngineOptions } from "./engine";
import { ADVANCE_TASK, startQueueWorker, type AdvancePayload } from "./queue";
import { startDueSchedules } from "./scheduler";
import { sweepAbandonedRuns } from "./sweeper";

/** How often a worker looks for scheduled runs that are due. */
const SCHEDULE_TICK_MS = 15_000;

export type WorkflowWorker = { options: EngineOptions; stop(): Promise<void> };

/**
 * A workflow worker: takes advance jobs from the queue and sweeps for runs whose worker died.
 * `npm run worker` runs one on its own; the demo server runs one in-process. Any number may
 * run, on any number of machines, against the same database.
 */
export async function startWorkflowWorker(
  overrides: Partial<EngineOptions> & { concurrency?: number } = {},
): Promise<WorkflowWorker> {
  const options: EngineOptions = {
    workerId: overrides.workerId ?? `worker-${randomUUID().slice(0, 8)}`,
    leaseMs: overrides.leaseMs ?? env().WORKFLOW_LEASE_SECONDS * 1000,
    concurrencyPerAgency: overrides.concurrencyPerAgency ?? env().WORKFLOW_CONCURRENCY_PER_AGENCY,
  };
  const runner: Runner = await startQueueWorker({
    concurrency: overrides.concurrency ?? env().WORKFLOW_WORKER_CONCURRENCY,
    tasks: {
      [ADVANCE_TASK]: async (payload, helpers) => {
        try {
          await advanceRun(payload as AdvancePayload, options);
        } catch (error) {
          // graphile-worker retries the job with its own backoff; after the last try the run fails.
          if (helpers.job.attempts >= helpers.job.max_attempts) await failStuckRun(payload as AdvancePayload, error);
          throw error;
        }
      },
    },
  });
  // Each tick looks back twice its interval, so a slow tick misses no fire time; duplicates are
  // dropped by the runs' idempotency keys.
  const scheduleTick = setInterval(
    () =>
      void startDueSchedules(new Date(), 2 * SCHEDULE_TICK_MS).catch((error: unknown) =>
        console.error("starting scheduled runs failed:", error),
      ),
    SCHEDULE_TICK_MS,
  );
  const sweep = setInterval(
    () =>
      void sweepAbandonedRuns(options.leaseMs).catch((error: unknown) => console.error("sweeping runs failed:", error)),
    Math.max(500, Math.floor(options.leaseMs / 2)),
  );
  return {
    options,
    async stop() {
      clearInterval(sweep);
      clearInterval(scheduleTick);
      await runner.stop();
    },
  };
}
