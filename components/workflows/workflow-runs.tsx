"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { triggerLabel, versionLabel } from "@/components/runs/run-labels";
import { RunStatusBadge } from "@/components/runs/run-status-badge";
import { QueryError } from "@/components/ui/query-error";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { formatDateTime } from "@/lib/format-date";
import { useTRPC } from "@/lib/trpc/react";

const RECENT_RUNS = 10;

/** The workflow's latest runs, each linking to its run page. */
export function WorkflowRuns({ workflowId }: { workflowId: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.workflows.runs.queryOptions({ workflowId, limit: RECENT_RUNS }));
  return (
    <section aria-labelledby="workflow-runs-heading" className="grid gap-4 rounded-xl border p-6">
      <h2 id="workflow-runs-heading" className="text-base font-semibold">
        Recent runs
      </h2>
      {query.isPending ? (
        <TableSkeleton label="Loading runs" rows={3} />
      ) : query.isError ? (
        <QueryError what="Runs" error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.runs.length ? (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Started</TableHead>
              <TableHead>Status</TableHead>
              <TableHead>Trigger</TableHead>
              <TableHead>Version</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {query.data.runs.map((run) => (
              <TableRow key={run.id}>
                <TableCell className="font-medium whitespace-nowrap">
                  <Link
                    href={`/runs/${run.id}`}
                    className="rounded-sm underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
                  >
                    <time dateTime={run.createdAt.toISOString()}>{formatDateTime(run.createdAt)}</time>
                  </Link>
                </TableCell>
                <TableCell>
                  <RunStatusBadge status={run.status} />
                </TableCell>
                <TableCell>{triggerLabel(run.trigger)}</TableCell>
                <TableCell>{versionLabel(run.versionNumber)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <p className="text-sm text-muted-foreground">
          No runs yet. Runs started here, on a schedule or by a webhook show up here.
        </p>
      )}
    </section>
  );
}
