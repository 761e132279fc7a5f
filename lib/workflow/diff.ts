import { type TPosition, type TWorkflowEdge, type TWorkflowGraph, type TWorkflowNode } from "./graph";
import { isNodeType, nodeLabel, nodeTypeMeta } from "./node-types";

export interface Change<T> {
  before: T;
  after: T;
}

export interface NodeChange {
  id: string;
  /** The node's name (or id) in the newer graph. */
  label: string;
  type?: Change<string>;
  /** How the node looks on the canvas, apart from what it does. */
  renamed?: Change<string | undefined>;
  moved?: Change<TPosition>;
  /** Config paths that changed ("prompt", "cases.1.expression"), defaults filled in first; "" is the whole config. */
  config: string[];
  /** Step settings that changed: "retry.attempts", "timeoutMs", "onError.mode"… */
  settings: string[];
}

export interface GraphDiff {
  nodes: { added: TWorkflowNode[]; removed: TWorkflowNode[]; changed: NodeChange[] };
  /** Connections are matched by their ends and handles, not their ids (the editor may make new ids). */
  edges: { added: TWorkflowEdge[]; removed: TWorkflowEdge[] };
  variables: { added: string[]; removed: string[]; changed: string[] };
  /** Whether what a run does may differ: anything beyond names and positions. */
  behaviourChanged: boolean;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Dotted paths where two JSON values differ, as deep as both sides are objects or arrays. */
export function changedPaths(before: unknown, after: unknown, path = ""): string[] {
  if (Object.is(before, after)) return [];
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => changedPaths(before[key], after[key], at(key)));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, index) => changedPaths(before[index], after[index], at(index))).flat();
  }
  return [path];
}

/** The config as its type's schema reads it, so a value left to its default equals the default written out. */
function normalizedConfig(node: TWorkflowNode): unknown {
  if (!isNodeType(node.type)) return node.config;
  const parsed = nodeTypeMeta(node.type).config.safeParse(node.config ?? {});
  return parsed.success ? parsed.data : node.config;
}

const edgeKey = (edge: TWorkflowEdge) =>
  JSON.stringify([edge.source, edge.sourceHandle, edge.target, edge.targetHandle]);

function nodeChange(before: TWorkflowNode, after: TWorkflowNode): NodeChange | null {
  const change: NodeChange = { id: after.id, label: nodeLabel(after), config: [], settings: [] };
  if (before.type !== after.type) change.type = { before: before.type, after: after.type };
  if ((before.name ?? "") !== (after.name ?? "")) change.renamed = { before: before.name, after: after.name };
  if (before.position.x !== after.position.x || before.position.y !== after.position.y)
    change.moved = { before: before.position, after: after.position };
  change.config = changedPaths(normalizedConfig(before), normalizedConfig(after));
  change.settings = (["onError", "retry", "timeoutMs"] as const).flatMap((key) =>
    changedPaths(before[key], after[key], key),
  );
  const same = !change.type && !change.renamed && !change.moved && !change.config.length && !change.settings.length;
  return same ? null : change;
}

/** What changed from graph `a` to graph `b`: nodes by id, connections by their ends, variables by name. */
export function diffGraphs(a: TWorkflowGraph, b: TWorkflowGraph): GraphDiff {
  const before = new Map(a.nodes.map((node) => [node.id, node]));
  const after = new Map(b.nodes.map((node) => [node.id, node]));
  const changed = b.nodes.flatMap((node) => {
    const old = before.get(node.id);
    const change = old ? nodeChange(old, node) : null;
    return change ? [change] : [];
  });

  const edgesBefore = new Set(a.edges.map(edgeKey));
  const edgesAfter = new Set(b.edges.map(edgeKey));

  const varsBefore = a.variables ?? {};
  const varsAfter = b.variables ?? {};
  const variables = {
    added: Object.keys(varsAfter).filter((name) => !Object.hasOwn(varsBefore, name)),
    removed: Object.keys(varsBefore).filter((name) => !Object.hasOwn(varsAfter, name)),
    changed: Object.keys(varsAfter).filter(
      (name) => Object.hasOwn(varsBefore, name) && changedPaths(varsBefore[name], varsAfter[name]).length > 0,
    ),
  };

  const nodes = {
    added: b.nodes.filter((node) => !before.has(node.id)),
    removed: a.nodes.filter((node) => !after.has(node.id)),
    changed,
  };
  const edges = {
    added: b.edges.filter((edge) => !edgesBefore.has(edgeKey(edge))),
    removed: a.edges.filter((edge) => !edgesAfter.has(edgeKey(edge))),
  };
  // Notes never run, so neither adding one nor editing its text changes what a run does.
  const runs = (node: TWorkflowNode | undefined) => node?.type !== "note";
  const behaviourChanged =
    [...nodes.added, ...nodes.removed].some(runs) ||
    changed.some(
      (change) => change.type || change.settings.length || (change.config.length && runs(after.get(change.id))),
    ) ||
    edges.added.length + edges.removed.length > 0 ||
    variables.added.length + variables.removed.length + variables.changed.length > 0;
  return { nodes, edges, variables, behaviourChanged: Boolean(behaviourChanged) };
}
