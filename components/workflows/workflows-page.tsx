"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useCan } from "@/components/shell/org-context";
import { QueryError } from "@/components/ui/query-error";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { useTRPC } from "@/lib/trpc/react";
import { ImportWorkflowDialog } from "./import-workflow-dialog";
import { NewWorkflowDialog } from "./new-workflow-dialog";
import { WorkflowsEmpty } from "./workflows-empty";
import { WorkflowsTable } from "./workflows-table";

export function WorkflowsPage() {
  const trpc = useTRPC();
  const canEdit = useCan("workflow.edit");
  const query = useQuery(trpc.workflows.list.queryOptions());
  // Open from the header's button or from the empty list's "Start from a template".
  const [creating, setCreating] = useState(false);

  return (
    <div className="mx-auto grid max-w-6xl gap-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid max-w-2xl gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Workflows</h1>
          <p className="text-sm text-muted-foreground">
            Steps your agents and your team run together: triggered by hand, on a schedule, by a webhook or a client
            form. Each is a draft you change and numbered versions you publish.
          </p>
        </div>
        {canEdit ? (
          <div className="flex flex-wrap gap-2">
            <ImportWorkflowDialog />
            <NewWorkflowDialog open={creating} onOpenChange={setCreating} />
          </div>
        ) : null}
      </div>
      {query.isPending ? (
        <TableSkeleton label="Loading workflows" rows={5} />
      ) : query.isError ? (
        <QueryError what="Workflows" error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length ? (
        <WorkflowsTable workflows={query.data} />
      ) : (
        <WorkflowsEmpty canEdit={canEdit} onStartFromTemplate={() => setCreating(true)} />
      )}
    </div>
  );
}
