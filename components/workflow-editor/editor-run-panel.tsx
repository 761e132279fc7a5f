"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ExternalLink, FlaskConical, RotateCcw, X } from "lucide-react";
import Link from "next/link";
import { useEffect, useState, type FormEvent } from "react";
import { CancelRunDialog } from "@/components/runs/cancel-run-dialog";
import { LiveStatus } from "@/components/runs/live-status";
import { isLiveStatus } from "@/components/runs/run-labels";
import { RunIo } from "@/components/runs/run-io";
import { RunStatusBadge } from "@/components/runs/run-status-badge";
import { RunSteps } from "@/components/runs/run-steps";
import { groupSteps } from "@/components/runs/step-groups";
import { useNodeNames } from "@/components/runs/use-node-names";
import { useNow } from "@/components/runs/use-now";
import { useRunEvents } from "@/components/runs/use-run-events";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { RunInputEditor, useRunInput } from "@/components/workflows/use-run-input";
import { useTRPC } from "@/lib/trpc/react";
import { useReactFlow } from "@xyflow/react";
import { type Autosaver } from "./autosaver";
import { saveDraftFirst } from "./autosaver-context";
import { canvasStatuses } from "./canvas-statuses";
import { useEditor, useEditorStore } from "./editor-context";
import { select, selectedStepId, selectGraph, selectProblemCount } from "./editor-state";
import { type EditorEdge, type EditorNode } from "./flow-mapping";
import { useCanvasMarks } from "./canvas-marks";

type Props = { workflowId: string; autosaver: Autosaver; onClose: () => void };

/**
 * Test runs from the editor: the input the trigger asks for, then the run followed live — every
 * step's status on its node, the streamed text, the timeline and the trace of the chosen step
 * (choosing a step here selects its node, and selecting a node shows its trace). The draft is
 * saved first, so the run is of what is on the canvas.
 */
export function EditorRunPanel({ workflowId, autosaver, onClose }: Props) {
  const [runId, setRunId] = useState<string | null>(null);
  const { fitView } = useReactFlow<EditorNode, EditorEdge>();
  // The canvas shrinks while the panel is open and grows back after: keep the steps in view.
  useEffect(() => {
    const refit = () => void requestAnimationFrame(() => void fitView({ padding: 0.2, maxZoom: 1, duration: 200 }));
    refit();
    return refit;
  }, [fitView]);
  return (
    <section
      aria-labelledby="editor-run-heading"
      className="@container flex max-h-[50vh] min-h-48 flex-col border-t bg-background"
      data-testid="editor-run-panel"
    >
      <div className="flex items-center gap-2 border-b px-4 py-2">
        <h2 id="editor-run-heading" className="text-sm font-semibold">
          Test run
        </h2>
        <p className="flex-1 text-xs text-muted-foreground">
          Runs the draft as it is on the canvas, without publishing it.
        </p>
        {runId ? (
          <Button variant="ghost" size="sm" onClick={() => setRunId(null)}>
            <RotateCcw aria-hidden />
            New test run
          </Button>
        ) : null}
        <Button variant="ghost" size="icon" aria-label="Close the test run panel" onClick={onClose}>
          <X aria-hidden />
        </Button>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto p-4">
        {runId ? (
          <FollowedRun runId={runId} />
        ) : (
          <StartTestRun workflowId={workflowId} autosaver={autosaver} onStarted={setRunId} />
        )}
      </div>
    </section>
  );
}

function StartTestRun({
  workflowId,
  autosaver,
  onStarted,
}: {
  workflowId: string;
  autosaver: Autosaver;
  onStarted: (runId: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const graph = useEditor(selectGraph);
  const problemCount = useEditor(selectProblemCount);
  // The form follows the trigger as it is when the panel opens; reopening it picks up changes.
  const [initialGraph] = useState(graph);
  const runInput = useRunInput(initialGraph);
  const [saveError, setSaveError] = useState<string | null>(null);
  const testRun = useMutation(
    trpc.workflows.testRun.mutationOptions({
      onSuccess: (run) => {
        onStarted(run.id);
        void queryClient.invalidateQueries(trpc.workflows.runs.queryFilter());
      },
    }),
  );

  async function start(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = runInput.read();
    if (!input) return;
    setSaveError(null);
    const blocked = await saveDraftFirst(autosaver);
    if (blocked) {
      setSaveError(`${blocked} The test run did not start.`);
      return;
    }
    testRun.mutate({ workflowId, input });
  }

  return (
    <form
      noValidate
      onSubmit={(event) => void start(event)}
      className="grid max-w-xl gap-4"
      aria-busy={testRun.isPending}
    >
      <RunInputEditor input={runInput} />
      <FormAlert>{saveError ?? testRun.error?.message}</FormAlert>
      <div>
        <Button
          type="submit"
          disabled={testRun.isPending || problemCount > 0}
          title={problemCount > 0 ? "Fix the draft's problems to test-run it." : undefined}
        >
          <FlaskConical aria-hidden />
          {testRun.isPending ? "Starting…" : "Start test run"}
        </Button>
        {problemCount > 0 ? (
          <p className="mt-2 text-xs text-muted-foreground">
            Fix the {problemCount === 1 ? "problem" : `${problemCount} problems`} in the draft first (see Problems).
          </p>
        ) : null}
      </div>
    </form>
  );
}

function FollowedRun({ runId }: { runId: string }) {
  const trpc = useTRPC();
  const store = useEditorStore();
  const overlay = useCanvasMarks().run;
  const selectedNode = useEditor(selectedStepId);
  const query = useQuery(trpc.workflows.runDetail.queryOptions({ id: runId }));
  const run = query.data;
  const live = run ? isLiveStatus(run.status) : true;
  const now = useNow(live);
  const names = useNodeNames(run ?? { workflowId: "", versionNumber: null });
  const { tokens, connection, reconnect } = useRunEvents(runId, live);

  // Every step's status on its node, while this run is shown.
  useEffect(() => {
    if (!run) return;
    const ids = store.getState().history.present.nodes.map((node) => node.id);
    overlay.show(canvasStatuses(ids, run.steps, isLiveStatus(run.status)));
  }, [overlay, run, store]);
  useEffect(() => () => overlay.show(null), [overlay]);

  if (!run) return <FormAlert>{query.error?.message}</FormAlert>;
  const groups = groupSteps(run.steps);
  // The selected node's step, else the one that ran last.
  const selected = groups.findLast((group) => group.nodeId === selectedNode) ?? groups.at(-1);

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <RunStatusBadge status={run.status} />
        {live ? <LiveStatus connection={connection} onReconnect={reconnect} /> : null}
        <span className="flex-1" />
        {live ? <CancelRunDialog runId={run.id} /> : null}
        <Button asChild variant="outline" size="sm">
          <Link href={`/runs/${run.id}`}>
            <ExternalLink aria-hidden />
            Open run
          </Link>
        </Button>
      </div>
      {run.error ? <FormAlert announce={false}>{run.error}</FormAlert> : null}
      <RunSteps
        run={run}
        groups={groups}
        live={live}
        now={now}
        names={names}
        tokens={tokens}
        selectedKey={selected?.key ?? null}
        onSelect={(key) => {
          const group = groups.find((candidate) => candidate.key === key);
          if (group) store.update((state) => select(state, new Set([group.nodeId])));
        }}
        className="@3xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]"
      />
      <RunIo run={run} />
    </div>
  );
}
