import type { TAgent } from "@/lib/schemas/agents";
import type { Db } from "../../db/client";

/** How long a run may stay "running" before it counts as abandoned (a server that died mid-run). */
export const RUN_STALE_AFTER_MS = 15 * 60_000;

/** How long after its last run an agent still shows as active. */
export const ACTIVE_FOR_MS = 15 * 60_000;

export type AgentLiveStatus = { status: TAgent["status"]; lastError: string | null };

type Row = {
  agent_id: string;
  running: number;
  last_status: string | null;
  last_error: string | null;
  last_finished_at: Date | null;
};

/**
 * What each agent is doing, from its runs rather than a flag on the agent (which concurrent runs
 * would overwrite): busy while any run is in flight, error when its last run failed, active when
 * it ran in the last quarter hour, idle otherwise. A run left "running" longer than
 * RUN_STALE_AFTER_MS was abandoned by a server that stopped and does not count.
 */
export async function agentLiveStatus(db: Db, agentIds: readonly string[]): Promise<Map<string, AgentLiveStatus>> {
  if (!agentIds.length) return new Map();
  const staleBefore = new Date(Date.now() - RUN_STALE_AFTER_MS);
  const rows = await db.$queryRaw<Row[]>`
    SELECT a.id AS agent_id,
           (SELECT count(*)::int FROM agent_runs r
             WHERE r.organization_id = a.organization_id AND r.agent_id = a.id
               AND r.status = 'running' AND r.created_at > ${staleBefore}) AS running,
           last.status::text AS last_status, last.error AS last_error, last.finished_at AS last_finished_at
      FROM agents a
      LEFT JOIN LATERAL (
            SELECT r.status, r.error, r.finished_at FROM agent_runs r
             WHERE r.organization_id = a.organization_id AND r.agent_id = a.id AND r.status <> 'running'
             ORDER BY r.created_at DESC LIMIT 1) last ON true
     WHERE a.id = ANY(${agentIds as string[]})`;
  const now = Date.now();
  return new Map(
    rows.map((row) => {
      const status: TAgent["status"] =
        row.running > 0
          ? "busy"
          : row.last_status === "failed"
            ? "error"
            : row.last_finished_at && now - row.last_finished_at.getTime() < ACTIVE_FOR_MS
              ? "active"
              : "idle";
      return [row.agent_id, { status, lastError: row.last_status === "failed" ? row.last_error : null }];
    }),
  );
}
