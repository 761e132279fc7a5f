import { withDb } from "../db/client";
import { enqueueAdvance } from "./queue";

/** A queued run with no job after this long lost its job (the process died between commit and enqueue). */
const LOST_QUEUED_AFTER_SECONDS = 10;

/**
 * Finds runs whose worker died — their lease ran out — and runs whose job was lost, in every
 * agency, marks them taken by the sweeper for one lease, and enqueues them again. The next
 * worker to claim one goes on from its last committed step.
 */
export async function sweepAbandonedRuns(leaseMs: number): Promise<number> {
  const rows = await withDb(
    { workflowSweeper: true },
    (db) =>
      db.$queryRaw<{ id: string; organization_id: string }[]>`
      UPDATE workflow_runs
         SET lease_owner = 'sweeper', lease_until = now() + make_interval(secs => ${leaseMs / 1000})
       WHERE (status = 'running' AND lease_until < now())
          OR (status = 'queued' AND lease_until IS NULL
              AND created_at < now() - make_interval(secs => ${LOST_QUEUED_AFTER_SECONDS}))
       RETURNING id, organization_id`,
  );
  for (const row of rows) await enqueueAdvance({ organizationId: row.organization_id, runId: row.id });
  return rows.length;
}
