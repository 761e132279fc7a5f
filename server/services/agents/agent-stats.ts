import type { TAgentStats } from "@/lib/schemas/agents";
import type { OrgContext } from "../../api/trpc";

type ServiceCtx = Pick<OrgContext, "db">;

type StatsRow = {
  agent_id: string;
  runs: bigint;
  succeeded: bigint;
  cache_hits: bigint;
  p50: number | null;
  p95: number | null;
  input_tokens: bigint | null;
  output_tokens: bigint | null;
  cost: string | null;
  last_run_at: Date | null;
  last_error: string | null;
};

/**
 * Runs, success rate, cache hit rate, latency percentiles, tokens and cost per agent, from every
 * finished run (the agency's only: RLS). One query for all agents; agents without runs get zeros.
 */
export async function agentStats({ db }: ServiceCtx): Promise<TAgentStats[]> {
  const rows = await db.$queryRaw<StatsRow[]>`
    SELECT a.id AS agent_id,
           count(r.id) AS runs,
           count(r.id) FILTER (WHERE r.status = 'succeeded') AS succeeded,
           count(r.id) FILTER (WHERE r.cache_hit) AS cache_hits,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY r.latency_ms) AS p50,
           percentile_cont(0.95) WITHIN GROUP (ORDER BY r.latency_ms) AS p95,
           sum(r.input_tokens) AS input_tokens,
           sum(r.output_tokens) AS output_tokens,
           sum(r.cost_usd)::text AS cost,
           max(r.created_at) AS last_run_at,
           (SELECT r2.error FROM agent_runs r2
             WHERE r2.agent_id = a.id AND r2.error IS NOT NULL
             ORDER BY r2.created_at DESC LIMIT 1) AS last_error
      FROM agents a
      LEFT JOIN agent_runs r ON r.agent_id = a.id AND r.status <> 'running'
     GROUP BY a.id`;
  return rows.map((row) => {
    const runs = Number(row.runs);
    const succeeded = Number(row.succeeded);
    const cacheHits = Number(row.cache_hits);
    return {
      agentId: row.agent_id,
      runs,
      succeeded,
      successRate: runs ? succeeded / runs : null,
      cacheHits,
      cacheHitRate: runs ? cacheHits / runs : null,
      p50LatencyMs: row.p50 === null ? null : Math.round(row.p50),
      p95LatencyMs: row.p95 === null ? null : Math.round(row.p95),
      inputTokens: Number(row.input_tokens ?? 0),
      outputTokens: Number(row.output_tokens ?? 0),
      costUsd: Number(row.cost ?? 0),
      lastError: row.last_error,
      lastRunAt: row.last_run_at,
    };
  });
}
