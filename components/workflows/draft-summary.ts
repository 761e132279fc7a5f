import type { TWorkflowGraph, TWorkflowNode } from "@/lib/workflow/graph";
import { isNodeType, isTriggerType, nodeLabel, NODE_TYPES } from "@/lib/workflow/node-types";
import { buildPlan } from "@/lib/workflow/plan";
import { validateGraph } from "@/lib/workflow/validate";

/** The graph's trigger: its first node of a trigger type, if any. */
export function triggerNode(graph: TWorkflowGraph): TWorkflowNode | undefined {
  return graph.nodes.find((node) => isNodeType(node.type) && isTriggerType(node.type));
}

/** A problem of the draft, with the name of the step it is on (null when it is on the graph as a whole). */
export type DraftProblem = { key: string; step: string | null; message: string };

/** What `validateGraph` finds wrong with the draft, each problem with its step's name. */
export function draftProblems(graph: TWorkflowGraph): DraftProblem[] {
  const labels = new Map(graph.nodes.map((node) => [node.id, nodeLabel(node)]));
  return validateGraph(graph).errors.map((error, index) => ({
    key: `${index}-${error.nodeId ?? error.edgeId ?? ""}-${error.code}`,
    step: error.nodeId
      ? (labels.get(error.nodeId) ?? error.nodeId)
      : error.edgeId
        ? `Connection ${error.edgeId}`
        : null,
    message: error.message,
  }));
}

export type DraftStep = { id: string; label: string; typeLabel: string };

/**
 * The draft's steps for reading: in the order they run when the draft is sound (notes last),
 * else in the order they are stored.
 */
export function draftSteps(graph: TWorkflowGraph): DraftStep[] {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  let nodes = graph.nodes;
  try {
    const order = buildPlan(graph).order;
    const planned = new Set(order);
    nodes = [...order.map((id) => byId.get(id)!), ...graph.nodes.filter((node) => !planned.has(node.id))];
  } catch {
    // A draft with problems has no plan; its stored order is the best there is.
  }
  return nodes.map((node) => ({
    id: node.id,
    label: nodeLabel(node),
    typeLabel: isNodeType(node.type) ? NODE_TYPES[node.type].label : `Unknown step type "${node.type}"`,
  }));
}
