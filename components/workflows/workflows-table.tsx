"use client";

import Link from "next/link";
import { useCan } from "@/components/shell/org-context";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate } from "@/lib/format-date";
import type { TWorkflowSummary } from "@/lib/schemas/workflows";
import { ArchiveWorkflowDialog } from "./archive-workflow-dialog";
import { DuplicateWorkflowButton } from "./duplicate-workflow-button";
import { ExportWorkflowButton } from "./export-workflow-button";
import { PublishedVersion } from "./published-version";

export function WorkflowsTable({ workflows }: { workflows: TWorkflowSummary[] }) {
  const canEdit = useCan("workflow.edit");
  const canArchive = useCan("workflow.delete");
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead className="text-right">Steps</TableHead>
          <TableHead>Published</TableHead>
          <TableHead>Updated</TableHead>
          <TableHead className="text-right">Actions</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {workflows.map((workflow) => (
          <TableRow key={workflow.id}>
            <TableCell className="font-medium">
              <Link
                href={`/workflows/${workflow.id}`}
                className="rounded-sm underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
              >
                {workflow.name}
              </Link>
            </TableCell>
            <TableCell className="text-right tabular-nums">{workflow.nodeCount}</TableCell>
            <TableCell>
              <PublishedVersion version={workflow.publishedVersion} />
            </TableCell>
            <TableCell className="whitespace-nowrap text-muted-foreground">
              <time dateTime={workflow.updatedAt.toISOString()}>{formatDate(workflow.updatedAt)}</time>
            </TableCell>
            <TableCell className="text-right">
              <div className="flex justify-end gap-1">
                {canEdit ? <DuplicateWorkflowButton workflow={workflow} /> : null}
                <ExportWorkflowButton workflow={workflow} />
                {canArchive ? <ArchiveWorkflowDialog workflow={workflow} /> : null}
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
