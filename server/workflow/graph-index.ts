import type { TWorkflowGraph } from "@/lib/workflow/graph";
import { buildPlan, type PlanEdge, type PlanNode } from "@/lib/workflow/plan";

export type IndexedNode = PlanNode & {
  /** Connections from the end of a loop's body back into its Continue input. */
  loopBack: PlanEdge[];
  /** The loops the node sits inside, outermost first. */
  loops: string[];
};

export type GraphIndex = {
  nodes: Map<string, IndexedNode>;
  trigger: string;
  /** Per loop node: every node of its body, nested loops' included. */
  bodies: Map<string, Set<string>>;
  /** The workflow's variables' starting values (`vars.<name>`), before any Set variable step. */
  variables: Record<string, unknown>;
};

/**
 * The engine's view of a graph: its plan (validated, configs parsed; notes left out) with each
 * node's enclosing loops spelled out, outermost first. Throws InvalidGraphError for a graph
 * with problems.
 */
export function indexGraph(graph: TWorkflowGraph): GraphIndex {
  const plan = buildPlan(graph);
  const nodes = new Map<string, IndexedNode>();
  const enclosing = (loopId: string | null): string[] => {
    const chain: string[] = [];
    for (let at = loopId; at; at = plan.nodes[at]?.loopId ?? null) chain.unshift(at);
    return chain;
  };
  for (const id of plan.order) {
    const node = plan.nodes[id]!;
    nodes.set(id, { ...node, loopBack: plan.loops[id]?.continueFrom ?? [], loops: enclosing(node.loopId) });
  }
  const bodies = new Map(Object.entries(plan.loops).map(([id, loop]) => [id, new Set(loop.body)]));
  return { nodes, trigger: plan.triggerId, bodies, variables: plan.variables };
}
