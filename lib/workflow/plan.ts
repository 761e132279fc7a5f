import { type TOnError, type TRetry, type TWorkflowEdge } from "./graph";
import { InvalidGraphError, MAX_GRAPH_ERRORS } from "./graph-error";
import { NODE_TYPES, type NodeConfig, type NodeType } from "./node-types";
import { checkGraph } from "./validate";

export type PlanEdge = Pick<TWorkflowEdge, "id" | "source" | "sourceHandle" | "target" | "targetHandle">;

interface PlanStep<T extends NodeType> {
  id: string;
  type: T;
  /** The node's name, or its id. */
  name: string;
  /** Parsed by the type's schema: defaults filled in. */
  config: NodeConfig<T>;
  /** `{ mode: "fail" }` when the node sets none. */
  onError: TOnError;
  retry: TRetry | null;
  timeoutMs: number | null;
  /** Give each attempt an idempotency key. */
  sideEffects: boolean;
  /** Forward connections into the node; a loop's Continue connections are in `WorkflowPlan.loops`. */
  incoming: PlanEdge[];
  /** Connections out, by output handle; every output handle of the node has an entry, maybe empty. */
  outgoing: Record<string, PlanEdge[]>;
  /** The innermost loop whose body holds the node: its outputs are per item of that loop. */
  loopId: string | null;
  /** Node ids its templates and expressions use (all of them run before it). */
  references: string[];
}

/** One runnable node; `type` narrows `config`. */
export type PlanNode = { [T in NodeType]: PlanStep<T> }[NodeType];

export interface PlanLoop {
  /** The body's steps, in plan order. */
  body: string[];
  /** Connections from the end of the body back into the loop's Continue input. */
  continueFrom: PlanEdge[];
}

/**
 * What the engine walks (Sim's serializer → DAG builder): plain JSON, so it can be cached with a
 * published version. Notes are left out; every other node is reachable from the trigger.
 */
export interface WorkflowPlan {
  triggerId: string;
  /** Every node in an order where each forward connection goes forward; ties keep the graph's node order. */
  order: string[];
  nodes: Record<string, PlanNode>;
  loops: Record<string, PlanLoop>;
  /** Initial values of workflow variables. */
  variables: Record<string, unknown>;
}

/**
 * A record without a prototype: step ids and handle ids are slugs, and "constructor" is one, so a
 * lookup of a missing id must give undefined, not Object.prototype's member. Still plain JSON.
 */
const dictionary = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

const planEdge = ({ id, source, sourceHandle, target, targetHandle }: TWorkflowEdge): PlanEdge => ({
  id,
  source,
  sourceHandle,
  target,
  targetHandle,
});

/**
 * Builds the executable plan of a graph. Validates it first (the same checks as
 * `validateGraph`) and throws `InvalidGraphError` with the problems when there are any, so a
 * plan always comes from a sound graph.
 */
export function buildPlan(graph: unknown): WorkflowPlan {
  const { errors, analysis } = checkGraph(graph);
  if (errors.length || !analysis?.triggerId) throw new InvalidGraphError(errors.slice(0, MAX_GRAPH_ERRORS));

  const order = analysis.order.filter((id) => analysis.nodes.get(id)?.type !== "note");
  const position = new Map(order.map((id, at) => [id, at]));
  const into = groupBy(analysis.forwardEdges, (edge) => edge.target);
  const outOf = groupBy([...analysis.forwardEdges, ...analysis.loopBackEdges], (edge) => edge.source);
  const nodes = dictionary<PlanNode>();
  for (const id of order) {
    const { node, label, type, config, outputs } = analysis.nodes.get(id)!;
    const outgoing = dictionary<PlanEdge[]>();
    for (const handle of outputs ?? []) outgoing[handle.id] = [];
    for (const edge of outOf.get(id) ?? []) outgoing[edge.sourceHandle]?.push(planEdge(edge));
    // Nested loops' bodies sit inside their outer loop's, and the inner loop comes later in the order.
    const loops = [...analysis.bodies].filter(([, body]) => body.has(id)).map(([loopId]) => loopId);
    const loopId = loops.sort((a, b) => position.get(b)! - position.get(a)!)[0] ?? null;
    // The type's schema produced `config`, so it is that type's config; TypeScript cannot follow
    // the pairing through the map, hence the one assertion.
    nodes[id] = {
      id,
      type: type!,
      name: label,
      config,
      onError: node.onError ?? { mode: "fail" },
      retry: node.retry ?? null,
      timeoutMs: node.timeoutMs ?? null,
      sideEffects: NODE_TYPES[type!].sideEffects,
      incoming: (into.get(id) ?? []).map(planEdge),
      outgoing,
      loopId,
      references: analysis.references.get(id) ?? [],
    } as PlanNode;
  }

  const loops = dictionary<PlanLoop>();
  for (const [loopId, body] of analysis.bodies)
    loops[loopId] = {
      body: order.filter((id) => body.has(id)),
      continueFrom: analysis.loopBackEdges.filter((edge) => edge.target === loopId).map(planEdge),
    };

  return { triggerId: analysis.triggerId, order, nodes, loops, variables: analysis.graph.variables ?? {} };
}
