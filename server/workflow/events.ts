import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";

/** The channel every process NOTIFYs run events on; payloads name the run (see run-events route). */
export const EVENTS_CHANNEL = "workflow_events";

export type RunEventType =
  | "run.started"
  | "run.waiting"
  | "run.succeeded"
  | "run.failed"
  | "run.cancelled"
  | "step.started"
  | "step.finished"
  | "step.failed"
  | "step.waiting"
  | "approval.decided";

/**
 * Records a run event and announces it, in the caller's transaction: it is visible (and
 * announced) exactly when the change it describes commits. Viewers that reconnect read the rows
 * after their last event id.
 */
export async function recordRunEvent(
  db: Db,
  organizationId: string,
  runId: string,
  type: RunEventType,
  data: Record<string, unknown>,
): Promise<void> {
  // Events of one run get their ids in commit order (the lock is held until commit), so a viewer
  // reading "every event after id N" never skips one that committed late.
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`run-events:${runId}`}, 0))`;
  const [row] = await db.$queryRaw<{ id: bigint }[]>`
    INSERT INTO workflow_events (organization_id, run_id, type, data)
    VALUES (${organizationId}, ${runId}, ${type}, ${JSON.stringify(data)}::jsonb)
    RETURNING id`;
  await db.$executeRaw`SELECT pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify({ runId, id: String(row!.id), type })})`;
}

/** Streamed text (model tokens) is announced only: it is part of the step's output once the step is saved. */
export async function announceTokens(db: Db, runId: string, nodeId: string, text: string): Promise<void> {
  // NOTIFY payloads are capped at 8,000 bytes; a long burst goes as several.
  for (let at = 0; at < text.length; at += 2000) {
    const chunk = text.slice(at, at + 2000);
    await db.$executeRaw`SELECT pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify({ runId, type: "token", nodeId, text: chunk })})`;
  }
}

export type StoredRunEvent = { id: string; type: string; data: Prisma.JsonValue; createdAt: Date };

/** Events one `runEventsAfter` call returns at most; a full page means there may be more. */
export const RUN_EVENTS_PAGE = 1000;

export async function runEventsAfter(db: Db, runId: string, afterId: bigint | null): Promise<StoredRunEvent[]> {
  const rows = await db.workflowEvent.findMany({
    where: { runId, ...(afterId !== null && { id: { gt: afterId } }) },
    orderBy: { id: "asc" },
    take: RUN_EVENTS_PAGE,
    select: { id: true, type: true, data: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, id: String(row.id) }));
}
