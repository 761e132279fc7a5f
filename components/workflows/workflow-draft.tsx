import { CircleAlert, CircleCheck } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format-date";
import type { TWorkflow } from "@/lib/schemas/workflows";
import type { DraftProblem, DraftStep } from "./draft-summary";

type Props = {
  workflow: Pick<TWorkflow, "draftRevision" | "draftSavedAt" | "draftSavedBy">;
  steps: DraftStep[];
  problems: DraftProblem[];
};

/** The draft as text: its revision, what is wrong with it, and its steps in run order. */
export function WorkflowDraft({ workflow, steps, problems }: Props) {
  return (
    <section aria-labelledby="workflow-draft-heading" className="grid gap-4 rounded-xl border p-6">
      <div className="grid gap-1">
        <h2 id="workflow-draft-heading" className="text-base font-semibold">
          Draft
        </h2>
        <p className="text-sm text-muted-foreground">
          Revision {workflow.draftRevision}, saved
          {workflow.draftSavedBy ? ` by ${workflow.draftSavedBy}` : ""}{" "}
          <time dateTime={workflow.draftSavedAt.toISOString()}>{formatDateTime(workflow.draftSavedAt)}</time>.
        </p>
      </div>
      {problems.length ? (
        <div className="grid gap-2 rounded-md border border-destructive/40 bg-destructive/10 p-3 text-sm">
          <p className="flex items-center gap-2 font-medium text-destructive">
            <CircleAlert aria-hidden className="size-4" />
            {problems.length === 1 ? "1 problem" : `${problems.length} problems`} to fix before it can be published or
            test-run
          </p>
          <ul aria-label="Problems" className="grid list-disc gap-1 pl-5">
            {problems.map((problem) => (
              <li key={problem.key}>
                {problem.step ? <span className="font-medium">{problem.step}: </span> : null}
                {problem.message}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="flex items-center gap-2 text-sm text-success">
          <CircleCheck aria-hidden className="size-4" />
          No problems: the draft can be published.
        </p>
      )}
      <div className="grid gap-2">
        <h3 className="text-sm font-medium">Steps</h3>
        {steps.length ? (
          <ol aria-label="Steps" className="grid gap-1">
            {steps.map((step, index) => (
              <li key={step.id} className="flex flex-wrap items-center gap-2 text-sm">
                <span className="w-6 text-right text-muted-foreground tabular-nums">{index + 1}.</span>
                <span className="font-medium">{step.label}</span>
                <Badge variant="outline">{step.typeLabel}</Badge>
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-muted-foreground">The draft has no steps.</p>
        )}
      </div>
    </section>
  );
}
