import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format-date";
import { elapsedMs, formatCost, formatDuration, formatTokens, formatTokenTotal } from "./format-run";
import { isLiveStatus, triggerLabel } from "./run-labels";
import { RunStatusBadge } from "./run-status-badge";
import type { RunRow } from "./run-types";

type Props = {
  runs: RunRow[];
  /** The time durations of unfinished runs count up to. */
  now: number;
};

export function RunsTable({ runs, now }: Props) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Workflow</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Trigger</TableHead>
          <TableHead>Version</TableHead>
          <TableHead>Started</TableHead>
          <TableHead className="text-right">Duration</TableHead>
          <TableHead className="text-right">Tokens</TableHead>
          <TableHead className="text-right">Cost</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {runs.map((run) => {
          const started = run.startedAt ?? run.createdAt;
          return (
            <TableRow key={run.id}>
              <TableCell className="font-medium">
                <Link
                  href={`/runs/${run.id}`}
                  className="rounded-sm underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
                >
                  {run.workflowName}
                  <span className="sr-only">, run of {formatDateTime(started)}</span>
                </Link>
              </TableCell>
              <TableCell>
                <RunStatusBadge status={run.status} />
              </TableCell>
              <TableCell>{triggerLabel(run.trigger)}</TableCell>
              <TableCell>{run.versionNumber ?? "Draft"}</TableCell>
              <TableCell className="whitespace-nowrap">
                <time dateTime={started.toISOString()}>{formatDateTime(started)}</time>
              </TableCell>
              <TableCell className="text-right whitespace-nowrap tabular-nums">
                {formatDuration(elapsedMs(run.startedAt, run.finishedAt, isLiveStatus(run.status) ? now : null))}
              </TableCell>
              <TableCell className="text-right tabular-nums" title={formatTokens(run.inputTokens, run.outputTokens)}>
                {formatTokenTotal(run.inputTokens, run.outputTokens)}
              </TableCell>
              <TableCell className="text-right tabular-nums">{formatCost(run.costUsd)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
