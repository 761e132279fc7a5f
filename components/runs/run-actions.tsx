"use client";

import { Workflow } from "lucide-react";
import Link from "next/link";
import { useCan } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { CancelRunDialog } from "./cancel-run-dialog";
import { isLiveStatus } from "./run-labels";
import type { RunStatus } from "./run-types";
import { RetryRunButton } from "./retry-run-button";

type Props = { runId: string; workflowId: string; status: RunStatus };

/** The workflow's page; cancel (a run not finished) or retry (a failed run) for roles that may run workflows. */
export function RunActions({ runId, workflowId, status }: Props) {
  const canRun = useCan("workflow.run");
  return (
    <div className="flex flex-wrap gap-2">
      <Button asChild variant="outline">
        <Link href={`/workflows/${workflowId}`}>
          <Workflow aria-hidden />
          Open workflow
        </Link>
      </Button>
      {canRun && isLiveStatus(status) ? <CancelRunDialog runId={runId} /> : null}
      {canRun && status === "failed" ? <RetryRunButton runId={runId} /> : null}
    </div>
  );
}
