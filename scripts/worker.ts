/**
 * `npm run worker`: one more workflow worker, on this machine or any other, against the
 * database in DATABASE_URL (the owner's connection: the queue lives in its own schema) and
 * APP_DATABASE_URL (runs' work, under row-level security). Stops cleanly on SIGINT/SIGTERM:
 * it finishes its current steps; a worker killed outright has its runs picked up by the others
 * once its lease runs out (WORKFLOW_LEASE_SECONDS).
 */
import { env } from "../server/env";
import { closeQueue } from "../server/workflow/queue";
import { startWorkflowWorker } from "../server/workflow/worker";

async function main() {
  env();
  const worker = await startWorkflowWorker();
  console.log(
    `Workflow worker ${worker.options.workerId} running (lease ${worker.options.leaseMs / 1000} s, ` +
      `${worker.options.concurrencyPerAgency} runs per agency at once).`,
  );
  const stop = async () => {
    await worker.stop();
    await closeQueue();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
