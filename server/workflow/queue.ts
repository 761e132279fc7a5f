import { Logger, makeWorkerUtils, run, type Runner, type Task, type WorkerUtils } from "graphile-worker";
import { env } from "../env";

/**
 * The job queue: graphile-worker, on the same PostgreSQL as everything else. Chosen over pg-boss
 * because it wakes workers with LISTEN/NOTIFY (no polling delay between durable steps), dedupes
 * with job keys, schedules with `runAt` (durable timers: a delay holds no worker), and runs on
 * Node 20 (pg-boss 11+ needs Node 22). Its jobs live in the `graphile_worker` schema, created by
 * its own migrations the first time a process touches the queue.
 *
 * One job is one "advance" of a run: the worker runs the run's ready steps, committing each,
 * until the run finishes or waits. A run is claimed with a lease (see engine.ts), not by the
 * job's lock: graphile-worker frees a dead worker's job only after four hours, so a worker that
 * dies is noticed by its lease running out and another worker's sweeper enqueues the run again.
 */

export const ADVANCE_TASK = "workflow.advance";

/** graphile-worker's warnings and errors only: a log line per job would drown the server's log. */
const logger = new Logger(() => (level, message) => {
  if (level === "error") console.error(`[queue] ${message}`);
  else if (level === "warning") console.warn(`[queue] ${message}`);
});
export type AdvancePayload = { organizationId: string; runId: string };

const globalForQueue = globalThis as unknown as { switchboardQueue?: Promise<WorkerUtils> };

/** One WorkerUtils per process (its own small pool on the owner's connection). */
export function queue(): Promise<WorkerUtils> {
  globalForQueue.switchboardQueue ??= (async () => {
    const utils = await makeWorkerUtils({ connectionString: env().DATABASE_URL, logger });
    await utils.migrate();
    return utils;
  })();
  return globalForQueue.switchboardQueue;
}

/** Asks a worker to advance the run (now, or at `runAt`: a durable timer). */
export async function enqueueAdvance(payload: AdvancePayload, options: { runAt?: Date } = {}) {
  const utils = await queue();
  await utils.addJob(ADVANCE_TASK, payload, {
    ...(options.runAt && { runAt: options.runAt }),
    maxAttempts: 5,
  });
}

export async function closeQueue(): Promise<void> {
  const pending = globalForQueue.switchboardQueue;
  globalForQueue.switchboardQueue = undefined;
  if (pending) await (await pending).release();
}

export type WorkerOptions = { concurrency?: number; tasks: Record<string, Task> };

/** Starts a worker on this process: `npm run worker`, or in-process in the demo. */
export async function startQueueWorker({ concurrency = 4, tasks }: WorkerOptions): Promise<Runner> {
  await queue();
  return run({
    connectionString: env().DATABASE_URL,
    concurrency,
    noHandleSignals: true,
    pollInterval: 1000,
    taskList: tasks,
    logger,
    // Schedules are the engine's own (scheduler.ts), not a crontab file.
    crontab: "",
  });
}
