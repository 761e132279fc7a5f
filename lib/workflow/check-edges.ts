import { type TWorkflowEdge } from "./graph";
import { type GraphError } from "./graph-error";
import { type CheckedNode } from "./check-nodes";
import { canConnect, type HandleSpec } from "./node-meta";
import { isTriggerType } from "./node-types";

const listHandles = (handles: readonly HandleSpec[]) => handles.map((handle) => handle.label).join(", ");

/** What is wrong with where an edge leaves its source, or null (also when the source's outputs are unknown). */
function sourceProblem(edge: TWorkflowEdge, source: CheckedNode): Omit<GraphError, "edgeId"> | null {
  if (!source.outputs) return null;
  if (source.outputs.some((handle) => handle.id === edge.sourceHandle)) return null;
  const nodeId = source.node.id;
  if (source.inputs?.some((handle) => handle.id === edge.sourceHandle))
    return {
      nodeId,
      code: "incompatible_handles",
      message: `A connection starts at the "${edge.sourceHandle}" input of '${source.label}'; connections go from an output to an input.`,
    };
  if (source.outputs.length === 0)
    return {
      nodeId,
      code: "edge_missing_handle",
      message: `'${source.label}' has no outputs, so nothing can follow it. Delete the connection.`,
    };
  return {
    nodeId,
    code: "edge_missing_handle",
    message: `'${source.label}' has no "${edge.sourceHandle}" output (its outputs: ${listHandles(source.outputs)}). Reconnect the connection or delete it.`,
  };
}

/** What is wrong with where an edge arrives, or null (also when the target's type is unknown). */
function targetProblem(edge: TWorkflowEdge, target: CheckedNode): Omit<GraphError, "edgeId"> | null {
  if (!target.inputs) return null;
  if (target.inputs.some((handle) => handle.id === edge.targetHandle)) return null;
  const nodeId = target.node.id;
  if (target.outputs?.some((handle) => handle.id === edge.targetHandle))
    return {
      nodeId,
      code: "incompatible_handles",
      message: `A connection ends at the "${edge.targetHandle}" output of '${target.label}'; connections go from an output to an input.`,
    };
  if (target.inputs.length === 0)
    return {
      nodeId,
      code: "edge_missing_handle",
      message:
        target.type && isTriggerType(target.type)
          ? `'${target.label}' is a trigger: it starts the workflow, so nothing can connect into it. Delete the connection.`
          : `'${target.label}' takes no inputs. Delete the connection.`,
    };
  return {
    nodeId,
    code: "edge_missing_handle",
    message: `'${target.label}' has no "${edge.targetHandle}" input (its inputs: ${listHandles(target.inputs)}). Reconnect the connection or delete it.`,
  };
}

/**
 * Checks each edge's ends and handles. Returns the edges the rest of the analysis builds on:
 * the sound ones, and those whose handles cannot be checked because a node is already in error
 * (dropping them would report the steps behind that node as unreachable too).
 */
export function checkEdges(
  edges: readonly TWorkflowEdge[],
  nodes: ReadonlyMap<string, CheckedNode>,
  errors: GraphError[],
): TWorkflowEdge[] {
  const kept: TWorkflowEdge[] = [];
  const seen = new Set<string>();
  for (const edge of edges) {
    const key = JSON.stringify([edge.source, edge.sourceHandle, edge.target, edge.targetHandle]);
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (seen.has(key)) {
      errors.push({
        edgeId: edge.id,
        code: "duplicate_edge",
        message: `'${source?.label ?? edge.source}' is connected to '${target?.label ?? edge.target}' twice the same way. Delete one of the connections.`,
      });
      continue;
    }
    seen.add(key);
    if (!source || !target) {
      for (const [end, id] of [
        ["starts", edge.source],
        ["ends", edge.target],
      ] as const) {
        if (!nodes.has(id))
          errors.push({
            edgeId: edge.id,
            code: "edge_missing_node",
            message: `A connection ${end} at a step "${id}" that is not in the workflow. Delete the connection.`,
          });
      }
      continue;
    }
    const problem = sourceProblem(edge, source) ?? targetProblem(edge, target);
    if (problem) {
      errors.push({ edgeId: edge.id, ...problem });
      continue;
    }
    const sourceKind = source.outputs?.find((handle) => handle.id === edge.sourceHandle)?.kind;
    const targetKind = target.inputs?.find((handle) => handle.id === edge.targetHandle)?.kind;
    if (sourceKind && targetKind && !canConnect(sourceKind, targetKind)) {
      errors.push({
        edgeId: edge.id,
        nodeId: target.node.id,
        code: "incompatible_handles",
        message: `The "${edge.sourceHandle}" output of '${source.label}' cannot connect to the "${edge.targetHandle}" input of '${target.label}'.`,
      });
      continue;
    }
    kept.push(edge);
  }
  return kept;
}
