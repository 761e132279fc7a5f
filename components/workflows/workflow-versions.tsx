"use client";

import { useQuery } from "@tanstack/react-query";
import { useCan } from "@/components/shell/org-context";
import { QueryError } from "@/components/ui/query-error";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { formatDateTime } from "@/lib/format-date";
import type { TWorkflow } from "@/lib/schemas/workflows";
import { useTRPC } from "@/lib/trpc/react";
import { PublishDraftDialog } from "./publish-draft-dialog";
import { RollbackVersionDialog } from "./rollback-version-dialog";

type Props = {
  workflow: Pick<TWorkflow, "id" | "name" | "draftRevision" | "publishedVersion">;
  problemCount: number;
};

/** Numbered versions, newest first, with Publish draft and Roll back for roles with `workflow.publish`. */
export function WorkflowVersions({ workflow, problemCount }: Props) {
  const trpc = useTRPC();
  const canPublish = useCan("workflow.publish");
  const query = useQuery(trpc.workflows.versions.queryOptions({ id: workflow.id }));
  return (
    <section aria-labelledby="workflow-versions-heading" className="grid gap-4 rounded-xl border p-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="grid gap-1">
          <h2 id="workflow-versions-heading" className="text-base font-semibold">
            Published versions
          </h2>
          <p className="text-sm text-muted-foreground">
            Runs use the newest version; each one stays as it was published.
          </p>
        </div>
        {canPublish ? <PublishDraftDialog workflow={workflow} problemCount={problemCount} /> : null}
      </div>
      {query.isPending ? (
        <TableSkeleton label="Loading versions" rows={2} />
      ) : query.isError ? (
        <QueryError what="Versions" error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length ? (
        <Table aria-labelledby="workflow-versions-heading">
          <TableHeader>
            <TableRow>
              <TableHead>Version</TableHead>
              <TableHead>Note</TableHead>
              <TableHead>Published by</TableHead>
              <TableHead>When</TableHead>
              {canPublish ? (
                <TableHead className="text-right">
                  <span className="sr-only">Actions</span>
                </TableHead>
              ) : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {query.data.map((version) => (
              <TableRow key={version.number}>
                <TableCell className="font-medium whitespace-nowrap">
                  Version {version.number}
                  {version.number === workflow.publishedVersion ? (
                    <span className="ml-2 text-xs font-normal text-muted-foreground">(live)</span>
                  ) : null}
                </TableCell>
                <TableCell className="whitespace-normal">
                  {version.note ?? <span className="text-muted-foreground">—</span>}
                </TableCell>
                <TableCell>
                  {version.createdBy ?? <span className="text-muted-foreground">A former member</span>}
                </TableCell>
                <TableCell className="whitespace-nowrap text-muted-foreground">
                  <time dateTime={version.createdAt.toISOString()}>{formatDateTime(version.createdAt)}</time>
                </TableCell>
                {canPublish ? (
                  <TableCell className="text-right">
                    {version.number === workflow.publishedVersion ? null : (
                      <RollbackVersionDialog workflow={workflow} version={version.number} />
                    )}
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <p className="text-sm text-muted-foreground">
          Nothing published yet. Publish the draft to run it by hand, on its schedule or from its webhook.
        </p>
      )}
    </section>
  );
}
