/** Small builders for graphs in tests (and anywhere a graph is written by hand). */
import { GRAPH_VERSION, type TWorkflowEdge, type TWorkflowGraph, type TWorkflowNode } from "./graph";

type NodeExtra = Partial<Omit<TWorkflowNode, "id" | "type" | "config">>;

export function node(id: string, type: string, config: unknown = {}, extra: NodeExtra = {}): TWorkflowNode {
  return { id, type, position: { x: 0, y: 0 }, config, ...extra };
}

/** A connection `source:sourceHandle → target:targetHandle`, with an id made from its ends. */
export function edge(source: string, target: string, sourceHandle = "out", targetHandle = "in"): TWorkflowEdge {
  return { id: `${source}.${sourceHandle}-${target}.${targetHandle}`, source, sourceHandle, target, targetHandle };
}

export function graph(nodes: TWorkflowNode[], edges: TWorkflowEdge[] = [], variables?: Record<string, unknown>) {
  const result: TWorkflowGraph = { version: GRAPH_VERSION, nodes, edges };
  if (variables) result.variables = variables;
  return result;
}

/** A manual trigger with id `start`. */
export const start = () => node("start", "trigger.manual");

/** A transform step, the simplest step with an expression. */
export const step = (id: string, expression = "1") => node(id, "transform", { expression });

/**
 * A manual trigger → score (`input.spend * 2`) → condition (over 100) → "VIP: <score>" or
 * "regular" → merge (first) → output: quick steps only, with a branch not taken either way.
 */
export const vipFlow = () =>
  graph(
    [
      start(),
      node("score", "transform", { expression: "input.spend * 2" }),
      node("check", "condition", { expression: "nodes.score.output > 100" }),
      node("big", "transform", { expression: "'VIP: ' & $string(nodes.score.output)" }),
      node("small", "transform", { expression: "'regular'" }),
      node("join", "merge", { mode: "first" }),
      node("result", "output", { value: "{{ nodes.join.output }}" }),
    ],
    [
      edge("start", "score"),
      edge("score", "check"),
      edge("check", "big", "true"),
      edge("check", "small", "false"),
      edge("big", "join"),
      edge("small", "join"),
      edge("join", "result"),
    ],
  );
