import { Cron } from "croner";
import { withDb } from "../db/client";
import { startRun } from "../services/workflows/runs";

/**
 * Starts the runs of workflows whose published version has a schedule trigger. Every worker
 * ticks; a fire time becomes a run once however many workers see it, because its run carries
 * the idempotency key `schedule:<fire time>` (unique per workflow). Fire times missed while no
 * worker was running are not made up.
 */
export async function startDueSchedules(now: Date, windowMs: number): Promise<number> {
  const scheduled = await withDb(
    { workflowSweeper: true },
    (db) =>
      db.$queryRaw<{ id: string; organization_id: string; schedule_cron: string; schedule_timezone: string | null }[]>`
      SELECT id, organization_id, schedule_cron, schedule_timezone FROM workflows
       WHERE schedule_cron IS NOT NULL AND archived_at IS NULL AND published_version IS NOT NULL`,
  );
  let started = 0;
  for (const workflow of scheduled) {
    const due = fireTimes(
      workflow.schedule_cron,
      workflow.schedule_timezone ?? "UTC",
      new Date(now.getTime() - windowMs),
      now,
    );
    for (const at of due) {
      try {
        const run = await startRun(
          {
            organizationId: workflow.organization_id,
            actor: { userId: null, label: "schedule", ip: null, userAgent: null },
          },
          {
            workflowId: workflow.id,
            trigger: "schedule",
            input: { firedAt: at.toISOString() },
            idempotencyKey: `schedule:${at.toISOString()}`,
          },
        );
        if (!run.duplicate) started += 1;
      } catch (error) {
        console.error(`starting the scheduled run of workflow ${workflow.id} failed:`, error);
      }
    }
  }
  return started;
}

/** The pattern's fire times in (from, to]. */
export function fireTimes(pattern: string, timezone: string, from: Date, to: Date): Date[] {
  const job = new Cron(pattern, { mode: "5-part", timezone, paused: true });
  const times: Date[] = [];
  for (let next = job.nextRun(from); next && next <= to && times.length < 100; next = job.nextRun(next))
    times.push(next);
  job.stop();
  return times;
}
