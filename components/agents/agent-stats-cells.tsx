import { TableCell } from "@/components/ui/table";
import type { TAgentStats } from "@/lib/schemas/agents";

const usd = new Intl.NumberFormat(undefined, { style: "currency", currency: "USD", maximumFractionDigits: 4 });
const percent = new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat(undefined, { notation: "compact", maximumFractionDigits: 1 });

/** The column headings, in the order of the cells. */
export const AGENT_STATS_COLUMNS = ["Runs", "Success", "Cache hits", "Latency p50 / p95", "Tokens in / out", "Cost"];

/**
 * Runs, success rate, cache hit rate, p50/p95 latency, tokens and cost of one agent, as table
 * cells ("—" before any run). The success cell's tooltip is the last error.
 */
export function AgentStatsCells({ stats }: { stats: TAgentStats | undefined }) {
  const cells =
    stats && stats.runs > 0
      ? [
          String(stats.runs),
          stats.successRate === null ? "—" : percent.format(stats.successRate),
          stats.cacheHitRate === null ? "—" : percent.format(stats.cacheHitRate),
          stats.p50LatencyMs === null ? "—" : `${stats.p50LatencyMs} / ${stats.p95LatencyMs} ms`,
          `${compact.format(stats.inputTokens)} / ${compact.format(stats.outputTokens)}`,
          usd.format(stats.costUsd),
        ]
      : ["0", "—", "—", "—", "—", "—"];
  return cells.map((text, index) => (
    <TableCell
      key={index}
      className="text-right tabular-nums"
      title={index === 1 ? (stats?.lastError ?? undefined) : undefined}
    >
      {text}
    </TableCell>
  ));
}
