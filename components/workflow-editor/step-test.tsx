"use client";

import { useMutation } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { FlaskConical, LoaderCircle, RotateCcw, TriangleAlert } from "lucide-react";
import { useId, useMemo, useRef, useState, type FormEvent } from "react";
import { DetailField } from "@/components/runs/detail-field";
import { formatCost, formatDuration, formatTokens } from "@/components/runs/format-run";
import { JsonFigure } from "@/components/runs/json-figure";
import { RunStatusBadge } from "@/components/runs/run-status-badge";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { type TWorkflowGraph } from "@/lib/workflow/graph";
import { handlesOf, isNodeType, nodeTypeMeta } from "@/lib/workflow/node-types";
import { useTRPC } from "@/lib/trpc/react";
import type { AppRouter } from "@/server/api/root";
import { saveDraftFirst, useAutosaver } from "./autosaver-context";
import { useEditorStore } from "./editor-context";
import { type StepData } from "./flow-mapping";
import { defaultSampleScope, parseSampleScope } from "./step-test-scope";

type Props = {
  workflowId: string;
  nodeId: string;
  data: StepData;
};

const sampleText = (graph: TWorkflowGraph, nodeId: string) =>
  JSON.stringify(defaultSampleScope(graph, nodeId), null, 2);

/**
 * "Test this step": runs the selected step of the saved draft alone with a sample scope the
 * person writes (`workflows.testNode`), and shows what it gave. Only for people who may edit.
 */
export function StepTest({ workflowId, nodeId, data }: Props) {
  const trpc = useTRPC();
  const store = useEditorStore();
  const headingId = useId();
  const sampleRef = useRef<HTMLTextAreaElement>(null);
  // Filled once from the graph as it is when the step is selected; "Reset sample" fills it again.
  const [text, setText] = useState(() => sampleText(store.getState().history.present, nodeId));
  const [problem, setProblem] = useState<string | null>(null);
  const test = useMutation(trpc.workflows.testNode.mutationOptions());
  const autosaver = useAutosaver();
  const meta = isNodeType(data.type) ? nodeTypeMeta(data.type) : null;
  const announcement = test.isPending ? "Testing the step…" : test.data ? outcome(test.data) : "";

  async function run(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseSampleScope(text, workflowId, nodeId);
    if (!parsed.ok) {
      test.reset();
      setProblem(parsed.message);
      sampleRef.current?.focus();
      return;
    }
    setProblem(null);
    // The server tests the saved draft: what is on the canvas is saved first.
    const blocked = await saveDraftFirst(autosaver);
    if (blocked) {
      test.reset();
      setProblem(blocked);
      return;
    }
    test.mutate(parsed.request);
  }

  function reset() {
    setText(sampleText(store.getState().history.present, nodeId));
    setProblem(null);
  }

  return (
    <section aria-labelledby={headingId} className="grid gap-4 border-t p-4">
      <div className="grid gap-1">
        <h3 id={headingId} className="text-sm font-semibold">
          Test this step
        </h3>
        <p className="text-sm text-muted-foreground">
          Runs this step alone, as it is on the canvas (the draft is saved first), with the sample input below. Nothing
          is recorded as a run.
        </p>
        {meta?.sideEffects ? (
          <p className="flex gap-1.5 text-sm text-warning-foreground dark:text-warning">
            <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            The test really does what this step does: it calls the model, the web address or the inbox, as a run would.
          </p>
        ) : null}
      </div>
      <form noValidate onSubmit={(event) => void run(event)} className="grid gap-3" aria-busy={test.isPending}>
        <FormField
          label="Sample input (JSON)"
          description={
            <>
              What the step&apos;s expressions read: <code className="text-xs">input</code>, and each earlier
              step&apos;s output under <code className="text-xs">nodes.&lt;id&gt;.output</code>. Fill in what those
              steps would give.
            </>
          }
          error={problem}
        >
          <Textarea
            ref={sampleRef}
            value={text}
            spellCheck={false}
            onChange={(event) => {
              setText(event.target.value);
              if (problem) setProblem(null);
            }}
            className="max-h-80 min-h-28 font-mono text-xs md:text-xs"
          />
        </FormField>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" size="sm" disabled={test.isPending}>
            {test.isPending ? (
              <LoaderCircle aria-hidden="true" className="motion-safe:animate-spin" />
            ) : (
              <FlaskConical aria-hidden="true" />
            )}
            {test.isPending ? "Testing…" : "Run test"}
          </Button>
          <Button variant="outline" size="sm" onClick={reset} disabled={test.isPending}>
            <RotateCcw aria-hidden="true" />
            Reset sample
          </Button>
        </div>
      </form>
      {test.error ? <FormAlert>The test could not run: {test.error.message}</FormAlert> : null}
      {/* Always in the page, so each new outcome is heard; the result below shows the same for the eye. */}
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {test.data && !test.isPending ? <TestResult result={test.data} data={data} /> : null}
    </section>
  );
}

type Result = inferRouterOutputs<AppRouter>["workflows"]["testNode"];

/** The one sentence announced when a test finishes. */
function outcome(result: Result): string {
  const took = formatDuration(result.durationMs);
  if (result.status === "succeeded") return `The step succeeded in ${took}.`;
  if (result.status === "waiting") return `The step would wait (${took}).`;
  return `The step failed after ${took}${result.error ? `: ${result.error}` : "."}`;
}

function TestResult({ result, data }: { result: Result; data: StepData }) {
  // Handle ids as the step's outputs name them ("True", a switch case's label).
  const labels = useMemo(
    () => new Map(handlesOf(data)?.outputs.map((handle) => [handle.id, handle.label]) ?? []),
    [data],
  );
  const reason =
    result.status === "waiting" && typeof result.output === "object" && result.output !== null
      ? (result.output as { reason?: unknown }).reason
      : undefined;
  return (
    <div className="grid gap-3" aria-label="Test result" role="group">
      <div>
        <RunStatusBadge status={result.status} />
      </div>
      <dl className="grid grid-cols-2 gap-3">
        <DetailField term="Duration">{formatDuration(result.durationMs)}</DetailField>
        {result.handles ? (
          <DetailField term={result.handles.length > 1 ? "Paths taken" : "Path taken"}>
            {result.handles.length ? result.handles.map((id) => labels.get(id) ?? id).join(", ") : "None"}
          </DetailField>
        ) : null}
        {result.usage ? (
          <>
            <DetailField term="Tokens">{formatTokens(result.usage.inputTokens, result.usage.outputTokens)}</DetailField>
            <DetailField term="Cost">{formatCost(result.usage.costUsd)}</DetailField>
          </>
        ) : null}
      </dl>
      {result.error ? <FormAlert announce={false}>{result.error}</FormAlert> : null}
      {typeof reason === "string" ? <p className="text-sm">In a run it would wait here: {reason}</p> : null}
      <JsonFigure
        label="Output"
        value={result.output}
        empty={result.status === "failed" ? "No output: the step failed." : "No output (null)."}
      />
      {result.status === "failed" && result.streamed ? (
        <JsonFigure label="Text streamed before it failed" value={result.streamed} />
      ) : null}
    </div>
  );
}
