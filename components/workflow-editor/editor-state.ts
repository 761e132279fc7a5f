import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from "@xyflow/react";
import {
  MAX_NODE_NAME_CHARS,
  type TPosition,
  type TWorkflowEdge,
  type TWorkflowGraph,
  type TWorkflowNode,
} from "@/lib/workflow/graph";
import { type GraphError } from "@/lib/workflow/graph-error";
import { type NodeType } from "@/lib/workflow/node-types";
import { renameStepReferences } from "@/lib/workflow/rename-references";
import { connectionProblem, type ProposedConnection } from "./connection-rules";
import {
  edgeOf,
  flowEdgeOf,
  flowNodeOf,
  sameGraph,
  stepOf,
  toFlowEdges,
  toFlowNodes,
  toGraph,
  withStepData,
  type EditorEdge,
  type EditorNode,
  type StepData,
} from "./flow-mapping";
import { createHistory, pushHistory, redoHistory, sealHistory, undoHistory, type History } from "./history";
import { uniqueEdgeId, uniqueNodeId, nodeIdBase } from "./node-ids";
import { defaultConfig, GRID } from "./place-node";

/** The graph's problems from `validateGraph`, and the same list by the node or connection they are on. */
export interface Problems {
  errors: readonly GraphError[];
  byNode: ReadonlyMap<string, readonly GraphError[]>;
  byEdge: ReadonlyMap<string, readonly GraphError[]>;
}

export const NO_PROBLEMS: Problems = { errors: [], byNode: new Map(), byEdge: new Map() };

/**
 * Everything the editor holds. `nodes` and `edges` are what React Flow draws (with its
 * selection and measurements); `history.present` is the committed graph, the one validated,
 * saved and undone to. A drag changes `nodes` on every frame and commits once, when it ends.
 */
export interface EditorState {
  nodes: EditorNode[];
  edges: EditorEdge[];
  history: History<TWorkflowGraph>;
  problems: Problems;
  /** Nobody may change the graph: the person may only look (a viewer). */
  readOnly: boolean;
  /** Nodes are being dragged; their new positions are committed when the drag ends. */
  dragging: boolean;
  /** The status line: what just happened, or why an action was refused. */
  notice: Notice | null;
}

export interface Notice {
  text: string;
  tone: "info" | "error";
  /** Counts up, so the same words said twice are announced twice. */
  seq: number;
}

export function createEditorState(graph: TWorkflowGraph, readOnly = false): EditorState {
  return {
    nodes: toFlowNodes(graph),
    edges: toFlowEdges(graph),
    history: createHistory(graph),
    problems: NO_PROBLEMS,
    readOnly,
    dragging: false,
    notice: null,
  };
}

/** Why a viewer's edit changed nothing. */
export const READ_ONLY_PROBLEM = "You can look at this workflow, but not change it.";

/** Puts `text` on the status line. */
export function notify(state: EditorState, text: string, tone: Notice["tone"] = "info"): EditorState {
  return { ...state, notice: { text, tone, seq: (state.notice?.seq ?? 0) + 1 } };
}

/** The drawn nodes and edges as they are now, committed as an undo step when the graph changed. */
function commit(state: EditorState, nodes: EditorNode[], edges: EditorEdge[], coalesceKey?: string): EditorState {
  const present = state.history.present;
  const graph = toGraph(nodes, edges, present);
  if (sameGraph(graph, present)) return { ...state, nodes, edges };
  return { ...state, nodes, edges, history: pushHistory(state.history, graph, coalesceKey) };
}

function selectNodes(nodes: EditorNode[], ids: ReadonlySet<string>): EditorNode[] {
  return nodes.map((node) =>
    Boolean(node.selected) === ids.has(node.id) ? node : { ...node, selected: ids.has(node.id) },
  );
}

function selectEdges(edges: EditorEdge[], ids: ReadonlySet<string>): EditorEdge[] {
  return edges.map((edge) =>
    Boolean(edge.selected) === ids.has(edge.id) ? edge : { ...edge, selected: ids.has(edge.id) },
  );
}

const NONE: ReadonlySet<string> = new Set();

/** React Flow's node changes: selection and measurements as they come, moves committed at the end of a drag. */
export function applyFlowNodeChanges(state: EditorState, changes: NodeChange<EditorNode>[]): EditorState {
  const allowed = state.readOnly
    ? changes.filter((change) => change.type === "select" || change.type === "dimensions")
    : changes.filter((change) => change.type !== "add" && change.type !== "replace");
  if (!allowed.length) return state;
  const nodes = applyNodeChanges(allowed, state.nodes);
  const moves = allowed.filter((change) => change.type === "position");
  const removed = new Set(allowed.flatMap((change) => (change.type === "remove" ? [change.id] : [])));
  if (removed.size) {
    const edges = state.edges.filter((edge) => !removed.has(edge.source) && !removed.has(edge.target));
    return commit({ ...state, dragging: false }, nodes, edges);
  }
  if (moves.some((change) => change.type === "position" && change.dragging)) return { ...state, nodes, dragging: true };
  if (moves.length) {
    // Moves with the arrow keys come one press at a time: a run of them on the same nodes is one undo step.
    const key = state.dragging ? undefined : `move:${moves.map((change) => change.id).join(",")}`;
    return commit({ ...state, dragging: false }, nodes, state.edges, key);
  }
  return { ...state, nodes };
}

/** React Flow's edge changes: selection as it comes, removals committed. */
export function applyFlowEdgeChanges(state: EditorState, changes: EdgeChange<EditorEdge>[]): EditorState {
  const allowed = changes.filter((change) => change.type === "select" || (change.type === "remove" && !state.readOnly));
  if (!allowed.length) return state;
  const edges = applyEdgeChanges(allowed, state.edges);
  return allowed.some((change) => change.type === "remove") ? commit(state, state.nodes, edges) : { ...state, edges };
}

/** Adds a step of `type` at `position` (its top-left) and selects it alone. */
export function addStep(state: EditorState, type: NodeType, position: TPosition): { state: EditorState; id: string } {
  if (state.readOnly) return { state, id: "" };
  const id = uniqueNodeId(nodeIdBase(type), new Set(state.nodes.map((node) => node.id)));
  const node = { ...flowNodeOf({ id, type, position, config: defaultConfig(type) }), selected: true };
  const nodes = [...selectNodes(state.nodes, NONE), node];
  return { state: commit(state, nodes, selectEdges(state.edges, NONE)), id };
}

/** Connects two handles, or says why they may not be connected and changes nothing. */
export function connect(
  state: EditorState,
  connection: ProposedConnection,
): { state: EditorState; problem: string | null } {
  if (state.readOnly) return { state, problem: READ_ONLY_PROBLEM };
  const problem = connectionProblem(connection, stepLookup(state), state.edges.map(edgeEnds));
  if (problem) return { state, problem };
  const ends = {
    source: connection.source,
    sourceHandle: connection.sourceHandle ?? "",
    target: connection.target,
    targetHandle: connection.targetHandle ?? "",
  };
  const id = uniqueEdgeId(ends, new Set(state.edges.map((edge) => edge.id)));
  return { state: commit(state, state.nodes, [...state.edges, flowEdgeOf({ id, ...ends })]), problem: null };
}

const edgeEnds = (edge: EditorEdge) => ({
  source: edge.source,
  sourceHandle: edge.sourceHandle ?? "",
  target: edge.target,
  targetHandle: edge.targetHandle ?? "",
});

/** Finds steps by id for the connection rules, without building a map on every pointer move. */
export function stepLookup(state: EditorState) {
  return (id: string) => {
    const node = state.nodes.find((candidate) => candidate.id === id);
    return node ? stepOf(node) : undefined;
  };
}

/** Deletes the selected steps with their connections, and the selected connections, as one undo step. */
export function deleteSelection(state: EditorState): EditorState {
  if (state.readOnly) return state;
  const removed = new Set(state.nodes.filter((node) => node.selected).map((node) => node.id));
  const edges = state.edges.filter((edge) => !edge.selected && !removed.has(edge.source) && !removed.has(edge.target));
  if (!removed.size && edges.length === state.edges.length) return state;
  return commit(
    state,
    state.nodes.filter((node) => !removed.has(node.id)),
    edges,
  );
}

/** Steps and the connections between them, as the graph stores them: what is duplicated, copied and pasted. */
export interface StepsCopy {
  nodes: readonly TWorkflowNode[];
  edges: readonly TWorkflowEdge[];
}

/** The selected steps and the connections between them; a connection to a step left out has nothing to attach to. */
export function selectedSteps(state: EditorState): { nodes: TWorkflowNode[]; edges: TWorkflowEdge[] } {
  const nodes = state.nodes.filter((node) => node.selected);
  const ids = new Set(nodes.map((node) => node.id));
  return {
    nodes: nodes.map(stepOf),
    edges: state.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)).map(edgeOf),
  };
}

/** How far a copy sits from its original, down and to the right. */
const COPY_OFFSET = 2 * GRID;

/**
 * How far to move copies of `steps`: COPY_OFFSET, or the first multiple of it that puts no copy
 * exactly on a step already drawn, so pasting twice does not hide the first paste under the second.
 */
function copyOffset(steps: readonly TWorkflowNode[], nodes: readonly EditorNode[]): number {
  const taken = new Set(nodes.map((node) => `${node.position.x},${node.position.y}`));
  const lands = (offset: number) =>
    steps.some((step) => taken.has(`${step.position.x + offset},${step.position.y + offset}`));
  let offset = COPY_OFFSET;
  while (lands(offset)) offset += COPY_OFFSET;
  return offset;
}

/**
 * Adds copies of `steps`, and of the connections between them, with fresh ids, moved clear of
 * the steps already drawn; the copies end up selected alone. One undo step. Ids are given per
 * step, not per old id, so even a hand-edited copy with a repeated id gets distinct steps; the
 * copies' expressions that read one another follow the new ids.
 */
function insertCopies(state: EditorState, steps: StepsCopy): EditorState {
  const offset = copyOffset(steps.nodes, state.nodes);
  const taken = new Set(state.nodes.map((node) => node.id));
  const ids = steps.nodes.map((step) => {
    const id = uniqueNodeId(step.id, taken);
    taken.add(id);
    return id;
  });
  const newId = new Map(steps.nodes.map((step, index) => [step.id, ids[index]!]));
  // A copy that read another copied step's output reads that step's copy.
  const renamed = new Map([...newId].filter(([before, after]) => before !== after));
  const copies = steps.nodes.map((step, index) => {
    const position = { x: step.position.x + offset, y: step.position.y + offset };
    const config = renameStepReferences(step.config, renamed);
    return { ...flowNodeOf({ ...step, id: ids[index]!, position, config }), selected: true };
  });
  const edgeIds = new Set(state.edges.map((edge) => edge.id));
  const copiedEdges = steps.edges.flatMap((edge) => {
    const source = newId.get(edge.source);
    const target = newId.get(edge.target);
    if (!source || !target) return [];
    const ends = { source, sourceHandle: edge.sourceHandle, target, targetHandle: edge.targetHandle };
    const id = uniqueEdgeId(ends, edgeIds);
    edgeIds.add(id);
    return [flowEdgeOf({ id, ...ends })];
  });
  return commit(
    state,
    [...selectNodes(state.nodes, NONE), ...copies],
    [...selectEdges(state.edges, NONE), ...copiedEdges],
  );
}

/** The step named as a copy of itself ("Fetch copy"); a step without a name keeps none. */
function withCopyName(step: TWorkflowNode): TWorkflowNode {
  const { name, ...rest } = step;
  const trimmed = name?.trim();
  return trimmed ? { ...rest, name: `${trimmed.slice(0, MAX_NODE_NAME_CHARS - 5)} copy` } : rest;
}

/**
 * Copies the selected steps, and the connections between them, beside the originals with new
 * ids; the copies end up selected. One undo step.
 */
export function duplicateSelection(state: EditorState): EditorState {
  if (state.readOnly) return state;
  const selected = selectedSteps(state);
  if (!selected.nodes.length) return state;
  return insertCopies(state, { nodes: selected.nodes.map(withCopyName), edges: selected.edges });
}

/**
 * Adds steps copied here or in another workflow, with their names and configs, new ids and the
 * connections between them; the pasted steps end up selected. One undo step. Expressions that
 * read a step pasted with them read its copy; others keep the ids they name.
 */
export function pasteSteps(state: EditorState, steps: StepsCopy): EditorState {
  if (state.readOnly || !steps.nodes.length) return state;
  return insertCopies(state, steps);
}

/**
 * Changes fields of one step; a field set to `undefined` is removed. Edits with the same
 * `coalesceKey` in a row (typing in one box) are one undo step.
 */
export function updateStep(
  state: EditorState,
  id: string,
  patch: Partial<StepData>,
  coalesceKey?: string,
): EditorState {
  if (state.readOnly) return state;
  const index = state.nodes.findIndex((node) => node.id === id);
  const node = state.nodes[index];
  if (!node) return state;
  const merged: Record<string, unknown> = { ...node.data, ...patch };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  const nodes = state.nodes.with(index, withStepData(node, merged as StepData));
  return commit(state, nodes, state.edges, coalesceKey);
}

/** Moves steps to `positions` (auto-layout) as one undo step. */
export function moveSteps(state: EditorState, positions: ReadonlyMap<string, TPosition>): EditorState {
  if (state.readOnly) return state;
  const nodes = state.nodes.map((node) => {
    const position = positions.get(node.id);
    return position && (position.x !== node.position.x || position.y !== node.position.y)
      ? { ...node, position }
      : node;
  });
  return commit(state, nodes, state.edges);
}

/** Replaces the whole graph (someone else's saved version) as one undo step. */
export function replaceGraph(state: EditorState, graph: TWorkflowGraph): EditorState {
  if (sameGraph(graph, state.history.present)) return state;
  return {
    ...state,
    nodes: toFlowNodes(graph, state.nodes),
    edges: toFlowEdges(graph, state.edges),
    history: pushHistory(state.history, graph),
    dragging: false,
  };
}

function showPresent(state: EditorState, history: History<TWorkflowGraph>): EditorState {
  if (history === state.history) return state;
  return {
    ...state,
    history,
    nodes: toFlowNodes(history.present, state.nodes),
    edges: toFlowEdges(history.present, state.edges),
    dragging: false,
  };
}

export const undo = (state: EditorState): EditorState =>
  state.readOnly ? state : showPresent(state, undoHistory(state.history));

export const redo = (state: EditorState): EditorState =>
  state.readOnly ? state : showPresent(state, redoHistory(state.history));

/** Ends a run of coalesced edits (the person left the box they were typing in). */
export function sealEdits(state: EditorState): EditorState {
  const history = sealHistory(state.history);
  return history === state.history ? state : { ...state, history };
}

/** Selects exactly these steps and connections. */
export function select(
  state: EditorState,
  nodeIds: ReadonlySet<string>,
  edgeIds: ReadonlySet<string> = NONE,
): EditorState {
  return { ...state, nodes: selectNodes(state.nodes, nodeIds), edges: selectEdges(state.edges, edgeIds) };
}

export const selectAll = (state: EditorState): EditorState =>
  select(state, new Set(state.nodes.map((node) => node.id)), new Set(state.edges.map((edge) => edge.id)));

export const clearSelection = (state: EditorState): EditorState => select(state, NONE, NONE);

/** Problems from `validateGraph`, indexed by node and by connection. */
export function problemsOf(errors: readonly GraphError[]): Problems {
  if (!errors.length) return NO_PROBLEMS;
  const byNode = new Map<string, GraphError[]>();
  const byEdge = new Map<string, GraphError[]>();
  const add = (map: Map<string, GraphError[]>, key: string, error: GraphError) => {
    const list = map.get(key);
    if (list) list.push(error);
    else map.set(key, [error]);
  };
  for (const error of errors) {
    if (error.nodeId) add(byNode, error.nodeId, error);
    if (error.edgeId) add(byEdge, error.edgeId, error);
  }
  return { errors, byNode, byEdge };
}

/** Selectors for `useEditor`: the committed graph, and how many problems it has. */
export const selectGraph = (state: EditorState) => state.history.present;
export const selectProblemCount = (state: EditorState) => state.problems.errors.length;

/** The one selected step's id, or null when none or several are selected. */
export function selectedStepId(state: EditorState): string | null {
  let found: string | null = null;
  for (const node of state.nodes) {
    if (!node.selected) continue;
    if (found !== null) return null;
    found = node.id;
  }
  return found;
}
