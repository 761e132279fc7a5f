import { type TWorkflowEdge, type TWorkflowGraph } from "./graph";
import { type GraphError } from "./graph-error";
import { checkEdges } from "./check-edges";
import { checkLoops, loopBodies } from "./check-loops";
import { checkNode, type CheckedNode } from "./check-nodes";
import { checkReferences } from "./check-references";
import { isTriggerType, type NodeConfig } from "./node-types";
import { adjacency, cycles, reachable, topologicalOrder, type Adjacency } from "./topology";

/** What `validateGraph` and `buildPlan` both need: the errors, and the structure they found. */
export interface GraphAnalysis {
  /** The graph as parsed by `ZWorkflowGraph`. */
  graph: TWorkflowGraph;
  errors: GraphError[];
  /** In the graph's node order. */
  nodes: Map<string, CheckedNode>;
  /** Sound connections, except those into a loop's Continue input. */
  forwardEdges: TWorkflowEdge[];
  /** Sound connections into a loop's Continue input: the only ones that may go upstream. */
  loopBackEdges: TWorkflowEdge[];
  forward: Adjacency;
  triggerId: string | null;
  /** Forward connections in an order where each goes forward; complete when there is no cycle. */
  order: string[];
  /** Each loop's body (step ids). */
  bodies: Map<string, Set<string>>;
  /** The node ids each node's templates and expressions use. */
  references: Map<string, string[]>;
}

const join = (labels: string[]) =>
  labels.length <= 1 ? (labels[0] ?? "") : `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`;

/** Checks a graph that already fits `ZWorkflowGraph`, collecting every problem it can find. */
export function analyzeGraph(graph: TWorkflowGraph): GraphAnalysis {
  const errors: GraphError[] = [];
  const nodes = new Map(graph.nodes.map((node) => [node.id, checkNode(node, errors)]));
  const edges = checkEdges(graph.edges, nodes, errors);
  const label = (id: string) => nodes.get(id)?.label ?? id;

  // Exactly one trigger: a run has one way in and one input shape, and "comes before" is defined
  // from it. Another way in is another workflow (which may call this one as a sub-workflow).
  const triggers = [...nodes.values()].filter((checked) => checked.type && isTriggerType(checked.type));
  const triggerId = triggers[0]?.node.id ?? null;
  if (!triggerId)
    errors.push({
      code: "no_trigger",
      message: "Add a trigger to start the workflow: Run by hand, Webhook, Schedule, Chat message or Portal form.",
    });
  for (const extra of triggers.slice(1))
    errors.push({
      nodeId: extra.node.id,
      code: "multiple_triggers",
      message: `'${extra.label}' is a second trigger; a workflow starts one way, at '${label(triggerId ?? "")}'. Delete it, or put it in a workflow of its own.`,
    });

  const trigger = triggerId ? nodes.get(triggerId) : undefined;
  const respond = trigger?.type === "trigger.webhook" && (trigger.config as NodeConfig<"trigger.webhook">).respond;
  if (trigger && respond === "with_output" && ![...nodes.values()].some((checked) => checked.type === "output"))
    errors.push({
      nodeId: trigger.node.id,
      field: "config.respond",
      code: "no_output",
      message: `'${trigger.label}' answers with the workflow's output, but there is no Output step. Add one, or answer immediately.`,
    });

  const isLoopBack = (edge: TWorkflowEdge) =>
    nodes.get(edge.target)?.inputs?.find((handle) => handle.id === edge.targetHandle)?.kind === "loop_back";
  const forwardEdges = edges.filter((edge) => !isLoopBack(edge));
  const loopBackEdges = edges.filter(isLoopBack);
  const ids = [...nodes.keys()];
  const forward = adjacency(
    ids,
    forwardEdges.map((edge) => ({ from: edge.source, to: edge.target })),
  );

  if (triggerId) {
    // Every connection between existing steps counts here, a broken handle too: its error says
    // what to fix, and the steps behind it are not also "unreachable".
    const all = adjacency(
      ids,
      graph.edges.map((edge) => ({ from: edge.source, to: edge.target })),
    );
    const reached = reachable(all, [triggerId]);
    for (const checked of nodes.values()) {
      if (reached.has(checked.node.id) || checked.type === "note" || (checked.type && isTriggerType(checked.type)))
        continue;
      errors.push({
        nodeId: checked.node.id,
        code: "unreachable",
        message: `'${checked.label}' is not connected to the trigger, so it would never run. Connect it or delete it.`,
      });
    }
  }

  for (const cycle of cycles(forward)) {
    const names = join(cycle.map((id) => `'${label(id)}'`));
    const message =
      cycle.length === 1
        ? `'${label(cycle[0] ?? "")}' is connected to itself. To repeat steps, use a Loop and connect the last step back to its Continue input.`
        : `${names} connect in a circle. To repeat steps, use a Loop and connect the last step back to its Continue input.`;
    for (const id of cycle) errors.push({ nodeId: id, code: "cycle", message });
  }

  const bodies = loopBodies(nodes, forwardEdges, forward);
  checkLoops(nodes, bodies, forwardEdges, loopBackEdges, forward, errors);
  const references = checkReferences(nodes, forward, bodies, errors);

  return {
    graph,
    errors,
    nodes,
    forwardEdges,
    loopBackEdges,
    forward,
    triggerId,
    order: topologicalOrder(forward),
    bodies,
    references,
  };
}
