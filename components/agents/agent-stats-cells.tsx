import { TableCell } from "@/components/ui/table";
import type { TAgentStats } from "@/lib/schemas/agents";

const usd = new Intl.NumberFormat(undefined, { style: "currency", currency: "USD", maximumFractionDigits: 4 });
const percent = new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 0 });

/** Runs, success rate, p50/p95 latency and cost of one agent, as table cells ("—" before any run). */
export function AgentStatsCells({ stats }: { stats: TAgentStats | undefined }) {
  const cells =
    stats && stats.runs > 0
      ? [
          String(stats.runs),
          stats.successRate === null ? "—" : percent.format(stats.successRate),
          stats.p50LatencyMs === null ? "—" : `${stats.p50LatencyMs} / ${stats.p95LatencyMs} ms`,
          usd.format(stats.costUsd),
        ]
      : ["0", "—", "—", "—"];
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
