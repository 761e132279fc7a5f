import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { DateTime } from "./date-time";
import { formatCost, formatDuration, formatTokens } from "./format-run";
import { RunStatusBadge } from "./run-status-badge";
import type { RunStep } from "./run-types";

/** Every attempt of a step that was retried, first to last. */
export function StepAttemptsTable({ attempts }: { attempts: RunStep[] }) {
  return (
    <Table>
      <TableCaption className="mt-2 text-left">Attempts, first to last</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead className="text-right">Attempt</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Started</TableHead>
          <TableHead className="text-right">Duration</TableHead>
          <TableHead className="text-right">Tokens</TableHead>
          <TableHead className="text-right">Cost</TableHead>
          <TableHead>Error</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {attempts.map((attempt) => (
          <TableRow key={attempt.attempt}>
            <TableCell className="text-right tabular-nums">{attempt.attempt}</TableCell>
            <TableCell>
              <RunStatusBadge status={attempt.status} />
            </TableCell>
            <TableCell className="whitespace-nowrap">
              <DateTime value={attempt.startedAt} />
            </TableCell>
            <TableCell className="text-right whitespace-nowrap tabular-nums">
              {formatDuration(attempt.durationMs)}
            </TableCell>
            <TableCell className="text-right whitespace-nowrap tabular-nums">
              {formatTokens(attempt.inputTokens, attempt.outputTokens)}
            </TableCell>
            <TableCell className="text-right tabular-nums">{formatCost(attempt.costUsd)}</TableCell>
            <TableCell className="max-w-64 text-sm break-words">{attempt.error ?? "—"}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
