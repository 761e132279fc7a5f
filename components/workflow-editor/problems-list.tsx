"use client";

import { CircleCheck, TriangleExclamationPoint } from "lucide-react";
import { useId } from "react";
import { Badge } from "@/components/ui/badge";
import { type GraphError } from "@/lib/workflow/graph-error";
import { useEditor } from "./editor-context";
import { type EditorState } from "./editor-state";
import { useFocusStep } from "./use-focus-step";

const selectProblems = (state: EditorState) => state.problems.errors;

/** Everything `validateGraph` found; a problem on a step or connection selects it and brings it into view. */
export function ProblemsList() {
  const problems = useEditor(selectProblems);
  const { focusStep, focusConnection } = useFocusStep();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="grid gap-2 p-4">
      <h2 id={headingId} className="flex items-center gap-2 text-sm font-semibold">
        Problems
        <Badge variant={problems.length ? "destructive" : "secondary"}>{problems.length}</Badge>
      </h2>
      {problems.length ? (
        <ul className="grid gap-1">
          {problems.map((problem, index) => (
            <li key={`${index}:${problem.code}:${problem.nodeId ?? problem.edgeId ?? ""}`}>
              <ProblemItem problem={problem} onFocusStep={focusStep} onFocusConnection={focusConnection} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="flex items-center gap-2 text-sm text-muted-foreground">
          <CircleCheck aria-hidden="true" className="size-4 text-success" />
          No problems found.
        </p>
      )}
    </section>
  );
}

function ProblemItem({
  problem,
  onFocusStep,
  onFocusConnection,
}: {
  problem: GraphError;
  onFocusStep: (id: string) => void;
  onFocusConnection: (id: string) => void;
}) {
  const body = (
    <>
      <TriangleExclamationPoint aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-destructive" />
      {/* Messages name their step already ("'Send email': Write a subject."). */}
      <span className="min-w-0">{problem.message}</span>
    </>
  );
  const { nodeId, edgeId } = problem;
  if (!nodeId && !edgeId) return <p className="flex gap-2 p-1.5 text-sm">{body}</p>;
  return (
    <button
      type="button"
      className="flex w-full gap-2 rounded-md p-1.5 text-left text-sm hover:bg-accent"
      onClick={() => (nodeId ? onFocusStep(nodeId) : edgeId ? onFocusConnection(edgeId) : undefined)}
    >
      {body}
    </button>
  );
}
