"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { FlaskConical, Play } from "lucide-react";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useCan } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import type { TWorkflow } from "@/lib/schemas/workflows";
import { useTRPC } from "@/lib/trpc/react";
import { RunInputEditor, useRunInput } from "./use-run-input";

type Props = {
  workflow: Pick<TWorkflow, "id" | "draft" | "publishedVersion">;
  /** Problems in the draft: a test run is refused until there are none. */
  problemCount: number;
};

type Started = { id: string; status: string; test: boolean };

/**
 * The run's input (fields from the trigger's input, or JSON) and the buttons that start a run of
 * the published version or a test run of the draft. Render for roles with `workflow.run`, keyed
 * by the draft's revision.
 */
export function RunWorkflowForm({ workflow, problemCount }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const canTest = useCan("workflow.edit");
  // The draft's trigger says what to ask, as the page shows it; a new draft remounts the form (its key).
  const runInput = useRunInput(workflow.draft);
  const [started, setStarted] = useState<Started | null>(null);
  const callbacks = (test: boolean) => ({
    onMutate: () => setStarted(null),
    onSuccess: (run: { id: string; status: string }) => {
      setStarted({ id: run.id, status: run.status, test });
      void queryClient.invalidateQueries(trpc.workflows.runs.queryFilter());
    },
  });
  const run = useMutation(trpc.workflows.run.mutationOptions(callbacks(false)));
  const testRun = useMutation(trpc.workflows.testRun.mutationOptions(callbacks(true)));
  const pending = run.isPending || testRun.isPending;
  const failure = run.error ?? testRun.error;
  const canRun = workflow.publishedVersion !== null;

  function start(test: boolean) {
    const value = runInput.read();
    if (!value) return;
    run.reset();
    testRun.reset();
    (test ? testRun : run).mutate({ workflowId: workflow.id, input: value });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (canRun) start(false);
  }

  return (
    <section aria-labelledby="workflow-run-heading" className="grid gap-4 rounded-xl border p-6">
      <div className="grid gap-1">
        <h2 id="workflow-run-heading" className="text-base font-semibold">
          Run
        </h2>
        <p className="text-sm text-muted-foreground">
          {canRun
            ? `Run starts version ${workflow.publishedVersion}, the published one.`
            : "Nothing is published yet: publish the draft to run it."}
          {canTest ? " A test run runs the draft as it is now, without publishing it." : ""}
        </p>
      </div>
      <form noValidate onSubmit={handleSubmit} className="grid gap-4" aria-busy={pending}>
        <RunInputEditor input={runInput} />
        <FormAlert>{failure?.message}</FormAlert>
        {started ? (
          <p role="status" className="text-sm">
            {started.test ? "Test run started" : "Run started"} ({started.status}).{" "}
            <Link
              href={`/runs/${started.id}`}
              className="rounded-sm font-medium text-primary underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
            >
              View run
            </Link>
          </p>
        ) : null}
        <div className="flex flex-wrap justify-end gap-2">
          {canTest ? (
            <Button
              variant="outline"
              disabled={pending || problemCount > 0}
              title={problemCount > 0 ? "Fix the draft's problems to test-run it." : undefined}
              onClick={() => start(true)}
            >
              <FlaskConical aria-hidden />
              {testRun.isPending ? "Starting…" : "Test-run draft"}
            </Button>
          ) : null}
          <Button type="submit" disabled={pending || !canRun}>
            <Play aria-hidden />
            {run.isPending ? "Starting…" : "Run"}
          </Button>
        </div>
      </form>
    </section>
  );
}
