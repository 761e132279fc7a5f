"use client";

import { useQuery } from "@tanstack/react-query";
import { useCan } from "@/components/shell/org-context";
import { QueryError } from "@/components/ui/query-error";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { useTRPC } from "@/lib/trpc/react";
import { ApprovalCard } from "./approval-card";
import { ApprovalsEmpty } from "./approvals-empty";

/** New approvals show up without a reload; decided ones leave at once (see the decision form). */
const REFRESH_MS = 15_000;

export function ApprovalsPage() {
  const trpc = useTRPC();
  const canApprove = useCan("workflow.approve");
  const query = useQuery({ ...trpc.workflows.approvals.queryOptions(), refetchInterval: REFRESH_MS });

  return (
    <div className="mx-auto grid max-w-4xl gap-6">
      <div className="grid max-w-2xl gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Approvals</h1>
        <p className="text-sm text-muted-foreground">
          Runs paused for a person to check their work, oldest first. Approve or reject each one, with a comment if you
          like; the run goes on down the path you choose.
          {canApprove ? null : " A manager, admin or owner decides them."}
        </p>
      </div>
      {query.isPending ? (
        <TableSkeleton label="Loading approvals" rows={3} />
      ) : query.isError ? (
        <QueryError what="Approvals" error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length ? (
        <ul className="grid gap-4" aria-label="Waiting approvals">
          {query.data.map((item) => (
            <li key={`${item.runId}-${item.nodeId}-${item.iteration}`}>
              <ApprovalCard item={item} />
            </li>
          ))}
        </ul>
      ) : (
        <ApprovalsEmpty />
      )}
    </div>
  );
}
