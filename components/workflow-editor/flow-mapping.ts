import { type Edge, type Node } from "@xyflow/react";
import { GRAPH_VERSION, type TWorkflowEdge, type TWorkflowGraph, type TWorkflowNode } from "@/lib/workflow/graph";
import { type NodeCategory } from "@/lib/workflow/node-meta";
import { isNodeType, nodeLabel, nodeTypeMeta } from "@/lib/workflow/node-types";

/** What a step is apart from where it sits: the React Flow node's `data`. */
export type StepData = Omit<TWorkflowNode, "id" | "position">;

/** How a node is drawn: one look per category, and one for a type this build does not know. */
export type NodeLook = NodeCategory | "unknown";

export type EditorNode = Node<StepData, NodeLook>;
export type EditorEdge = Edge<Record<string, never>, "step">;

/** Coordinates the graph schema accepts (see `ZPosition`). */
const MAX_COORDINATE = 1_000_000;

export const lookOf = (type: string): NodeLook => (isNodeType(type) ? nodeTypeMeta(type).category : "unknown");

const coordinate = (value: number) => Math.min(MAX_COORDINATE, Math.max(-MAX_COORDINATE, Math.round(value)));

/** The accessible name of a drawn step: its label and what kind of step it is. */
function ariaLabelOf(id: string, data: StepData): string {
  const what = isNodeType(data.type) ? nodeTypeMeta(data.type).label : `unknown type ${data.type}`;
  return `${nodeLabel({ id, name: data.name })} (${what})`;
}

/** Data with the optional fields that are unset left out, as the schema reads them. */
function dataOf(step: TWorkflowNode): StepData {
  const { id: _id, position: _position, ...data } = step;
  return data;
}

/** Whether a drawn node already shows `step`: same fields (by identity) and the same position. */
function showsStep(node: EditorNode, step: TWorkflowNode): boolean {
  const data = node.data;
  return (
    node.position.x === step.position.x &&
    node.position.y === step.position.y &&
    data.type === step.type &&
    data.name === step.name &&
    data.config === step.config &&
    data.onError === step.onError &&
    data.retry === step.retry &&
    data.timeoutMs === step.timeoutMs
  );
}

/** A drawn node for `step`; `selected` and `measured` carried over from the node it replaces. */
export function flowNodeOf(step: TWorkflowNode, previous?: EditorNode): EditorNode {
  const data = dataOf(step);
  return {
    id: step.id,
    type: lookOf(step.type),
    position: { x: step.position.x, y: step.position.y },
    data,
    ariaLabel: ariaLabelOf(step.id, data),
    selected: previous?.selected ?? false,
    ...(previous?.measured ? { measured: previous.measured } : {}),
  };
}

/** A node with new step data, keeping everything React Flow knows about it. */
export function withStepData(node: EditorNode, data: StepData): EditorNode {
  return { ...node, type: lookOf(data.type), data, ariaLabel: ariaLabelOf(node.id, data) };
}

/**
 * The drawn nodes for a graph. Nodes that already show their step are reused as they are, so
 * memoized node components do not render again after an undo that did not touch them.
 */
export function toFlowNodes(graph: TWorkflowGraph, previous: readonly EditorNode[] = []): EditorNode[] {
  const before = new Map(previous.map((node) => [node.id, node]));
  return graph.nodes.map((step) => {
    const old = before.get(step.id);
    return old && showsStep(old, step) ? old : flowNodeOf(step, old);
  });
}

export function flowEdgeOf(edge: TWorkflowEdge, previous?: EditorEdge): EditorEdge {
  return {
    id: edge.id,
    type: "step",
    source: edge.source,
    sourceHandle: edge.sourceHandle,
    target: edge.target,
    targetHandle: edge.targetHandle,
    selected: previous?.selected ?? false,
  };
}

const sameEnds = (a: EditorEdge, b: TWorkflowEdge) =>
  a.source === b.source &&
  a.target === b.target &&
  a.sourceHandle === b.sourceHandle &&
  a.targetHandle === b.targetHandle;

export function toFlowEdges(graph: TWorkflowGraph, previous: readonly EditorEdge[] = []): EditorEdge[] {
  const before = new Map(previous.map((edge) => [edge.id, edge]));
  return graph.edges.map((edge) => {
    const old = before.get(edge.id);
    return old && sameEnds(old, edge) ? old : flowEdgeOf(edge, old);
  });
}

/**
 * The stored step for a drawn node: React Flow's own fields (selected, measured, dragging…)
 * left behind, the position rounded to whole pixels. Keys in the schema's order, so a graph
 * that went through the editor unchanged serializes exactly as it was loaded.
 */
export function stepOf(node: EditorNode): TWorkflowNode {
  const { type, name, config, onError, retry, timeoutMs } = node.data;
  return {
    id: node.id,
    type,
    ...(name !== undefined ? { name } : {}),
    position: { x: coordinate(node.position.x), y: coordinate(node.position.y) },
    config,
    ...(onError !== undefined ? { onError } : {}),
    ...(retry !== undefined ? { retry } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
  };
}

export function edgeOf(edge: EditorEdge): TWorkflowEdge {
  return {
    id: edge.id,
    source: edge.source,
    sourceHandle: edge.sourceHandle ?? "",
    target: edge.target,
    targetHandle: edge.targetHandle ?? "",
  };
}

/** The graph to save: the drawn nodes and edges, with `base`'s variables and settings. */
export function toGraph(
  nodes: readonly EditorNode[],
  edges: readonly EditorEdge[],
  base: Pick<TWorkflowGraph, "variables" | "settings">,
): TWorkflowGraph {
  return {
    version: GRAPH_VERSION,
    nodes: nodes.map(stepOf),
    edges: edges.map(edgeOf),
    ...(base.variables !== undefined ? { variables: base.variables } : {}),
    ...(base.settings !== undefined ? { settings: base.settings } : {}),
  };
}

const sameStep = (a: TWorkflowNode, b: TWorkflowNode) =>
  a.id === b.id &&
  a.type === b.type &&
  a.name === b.name &&
  a.position.x === b.position.x &&
  a.position.y === b.position.y &&
  a.config === b.config &&
  a.onError === b.onError &&
  a.retry === b.retry &&
  a.timeoutMs === b.timeoutMs;

const sameEdge = (a: TWorkflowEdge, b: TWorkflowEdge) =>
  a.id === b.id &&
  a.source === b.source &&
  a.target === b.target &&
  a.sourceHandle === b.sourceHandle &&
  a.targetHandle === b.targetHandle;

/**
 * Whether two graphs are the same edit: nodes and edges in the same order with the same fields,
 * configs compared by identity (an edit always makes a new config object). Cheap enough to run
 * on every commit, so selecting or clicking a node never makes an undo step.
 */
export function sameGraph(a: TWorkflowGraph, b: TWorkflowGraph): boolean {
  if (a === b) return true;
  if (a.nodes.length !== b.nodes.length || a.edges.length !== b.edges.length) return false;
  if (a.variables !== b.variables || a.settings !== b.settings) return false;
  return (
    a.nodes.every((node, index) => sameStep(node, b.nodes[index] as TWorkflowNode)) &&
    a.edges.every((edge, index) => sameEdge(edge, b.edges[index] as TWorkflowEdge))
  );
}
