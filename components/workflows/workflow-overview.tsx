"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useCan } from "@/components/shell/org-context";
import { Workflow } from "lucide-react";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { Button } from "@/components/ui/button";
import { RecordHeader } from "@/components/ui/record-header";
import { RecordNotFound } from "@/components/ui/record-not-found";
import { RecordQueryState } from "@/components/ui/record-query-state";
import { formatDate } from "@/lib/format-date";
import { useTRPC } from "@/lib/trpc/react";
import { ArchiveWorkflowDialog } from "./archive-workflow-dialog";
import { draftProblems, draftSteps, triggerNode } from "./draft-summary";
import { ExportWorkflowButton } from "./export-workflow-button";
import { PublishedVersion } from "./published-version";
import { RunWorkflowForm } from "./run-workflow-form";
import { WorkflowDetailsForm } from "./workflow-details-form";
import { WorkflowDraft } from "./workflow-draft";
import { WorkflowRuns } from "./workflow-runs";
import { WorkflowVersions } from "./workflow-versions";
import { WorkflowWebhook } from "./workflow-webhook";

/** A workflow's page: details, running it, its draft, versions, webhook and recent runs. */
export function WorkflowOverview({ id }: { id: string }) {
  const trpc = useTRPC();
  const canEdit = useCan("workflow.edit");
  const canRun = useCan("workflow.run");
  const canArchive = useCan("workflow.delete");
  const query = useQuery(trpc.workflows.get.queryOptions({ id }));
  const draft = query.data?.draft;
  const summary = useMemo(
    () => (draft ? { steps: draftSteps(draft), problems: draftProblems(draft), trigger: triggerNode(draft) } : null),
    [draft],
  );

  if (!query.isSuccess || !summary) {
    return (
      <RecordQueryState
        query={query}
        what="workflow"
        width="max-w-4xl"
        notFound={<RecordNotFound what="workflow" deletable backHref="/workflows" backLabel="Back to workflows" />}
      />
    );
  }

  const workflow = query.data;
  const problemCount = summary.problems.length;
  return (
    <div className="mx-auto grid max-w-4xl gap-6">
      <BackLink href="/workflows">All workflows</BackLink>
      <RecordHeader
        title={workflow.name}
        meta={
          <>
            <PublishedVersion version={workflow.publishedVersion} />
            <span>
              {workflow.nodeCount === 1 ? "1 step" : `${workflow.nodeCount} steps`} · updated{" "}
              <time dateTime={workflow.updatedAt.toISOString()}>{formatDate(workflow.updatedAt)}</time>
            </span>
          </>
        }
        actions={
          <div className="flex flex-wrap gap-2">
            <Button asChild>
              <Link href={`/workflows/${workflow.id}/edit`}>
                <Workflow aria-hidden />
                {canEdit ? "Open editor" : "View on canvas"}
              </Link>
            </Button>
            <ExportWorkflowButton workflow={workflow} variant="outline" size="default" />
            {canArchive ? (
              <ArchiveWorkflowDialog workflow={workflow} backToList variant="outline" size="default" />
            ) : null}
          </div>
        }
      />
      {canEdit ? (
        // A fresh form after each save shows the stored values.
        <WorkflowDetailsForm key={workflow.updatedAt.getTime()} workflow={workflow} />
      ) : workflow.description ? (
        <p className="text-sm whitespace-pre-wrap">{workflow.description}</p>
      ) : null}
      {canRun ? <RunWorkflowForm key={workflow.draftRevision} workflow={workflow} problemCount={problemCount} /> : null}
      <WorkflowDraft workflow={workflow} steps={summary.steps} problems={summary.problems} />
      <WorkflowVersions workflow={workflow} problemCount={problemCount} />
      {canEdit && summary.trigger?.type === "trigger.webhook" ? (
        <WorkflowWebhook workflow={workflow} trigger={summary.trigger} />
      ) : null}
      <WorkflowRuns workflowId={workflow.id} />
    </div>
  );
}
