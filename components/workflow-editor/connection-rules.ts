import { type TWorkflowEdge, type TWorkflowNode } from "@/lib/workflow/graph";
import { canConnect } from "@/lib/workflow/node-meta";
import { handlesOf, nodeLabel } from "@/lib/workflow/node-types";

/** A connection being drawn: React Flow's `Connection`, handles possibly missing. */
export interface ProposedConnection {
  source: string;
  sourceHandle?: string | null;
  target: string;
  targetHandle?: string | null;
}

type StepLike = Pick<TWorkflowNode, "id" | "name" | "type" | "config" | "onError">;
type EdgeEnds = Pick<TWorkflowEdge, "source" | "sourceHandle" | "target" | "targetHandle">;

/**
 * Why a connection may not be drawn, in words for the person drawing it, or null when it may:
 * both ends must be steps, not the same step, from an output to an input whose kinds
 * `canConnect` allows, and not a second copy of a connection that exists.
 */
export function connectionProblem(
  connection: ProposedConnection,
  stepById: (id: string) => StepLike | undefined,
  edges: readonly EdgeEnds[],
): string | null {
  const { source, target, sourceHandle, targetHandle } = connection;
  if (!source || !target || !sourceHandle || !targetHandle)
    return "Drop the connection on a step's handle: outputs are on the right, inputs on the left.";
  if (source === target) return "A step cannot connect to itself.";
  const from = stepById(source);
  const to = stepById(target);
  if (!from || !to) return "That step is no longer on the canvas.";
  const fromHandles = handlesOf(from);
  const toHandles = handlesOf(to);
  if (!fromHandles) return `${nodeLabel(from)} has an unknown type, so it cannot be connected.`;
  if (!toHandles) return `${nodeLabel(to)} has an unknown type, so it cannot be connected.`;
  const output = fromHandles.outputs.find((handle) => handle.id === sourceHandle);
  if (!output) return `${nodeLabel(from)} has no output "${sourceHandle}". Start from an output, on the right.`;
  const input = toHandles.inputs.find((handle) => handle.id === targetHandle);
  if (!input) return `${nodeLabel(to)} has no input "${targetHandle}". End on an input, on the left.`;
  if (!canConnect(output.kind, input.kind))
    return `${nodeLabel(from)}'s ${output.label} output cannot connect to ${nodeLabel(to)}'s ${input.label} input.`;
  const duplicate = edges.some(
    (edge) =>
      edge.source === source &&
      edge.sourceHandle === sourceHandle &&
      edge.target === target &&
      edge.targetHandle === targetHandle,
  );
  if (duplicate) return "That connection already exists.";
  return null;
}

/** Why two handles of the same side cannot be joined: React Flow refuses these before asking us. */
export const SAME_SIDE_PROBLEM = "Connect an output (on a step's right) to an input (on a step's left).";

/** One end of a connection being drawn, as React Flow reports it. */
export interface HandleEnd {
  nodeId: string;
  id?: string | null;
  type: "source" | "target";
}

/**
 * Why React Flow refused to join `from` (where the drag started) to `to` (the handle it ended
 * on), for the status line. Either end may be the output: connections can be drawn backwards.
 */
export function refusalReason(
  from: HandleEnd,
  to: HandleEnd,
  stepById: (id: string) => StepLike | undefined,
  edges: readonly EdgeEnds[],
): string {
  if (from.type === to.type) return SAME_SIDE_PROBLEM;
  const [output, input] = from.type === "source" ? [from, to] : [to, from];
  return (
    connectionProblem(
      { source: output.nodeId, sourceHandle: output.id, target: input.nodeId, targetHandle: input.id },
      stepById,
      edges,
    ) ?? "That connection is not allowed."
  );
}
