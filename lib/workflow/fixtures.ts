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
