import { type TWorkflowEdge } from "./graph";
import { type GraphError } from "./graph-error";
import { type CheckedNode } from "./check-nodes";
import { reachable, type Adjacency } from "./topology";

export const LOOP_BODY_HANDLE = "body";

/**
 * Each loop's body: the steps reachable from its Body output over forward connections (those into
 * a Continue input left out). Nested loops' bodies sit inside their outer loop's body.
 */
export function loopBodies(
  nodes: ReadonlyMap<string, CheckedNode>,
  forwardEdges: readonly TWorkflowEdge[],
  forward: Adjacency,
): Map<string, Set<string>> {
  const bodies = new Map<string, Set<string>>();
  for (const { node, type } of nodes.values()) {
    if (type !== "loop") continue;
    const starts = forwardEdges
      .filter((edge) => edge.source === node.id && edge.sourceHandle === LOOP_BODY_HANDLE)
      .map((edge) => edge.target);
    const body = reachable(forward, starts);
    body.delete(node.id); // only on a cycle, which is reported as such
    bodies.set(node.id, body);
  }
  return bodies;
}

/**
 * A loop's body is a closed region: entered only through the loop's Body output, left only by
 * connecting back to its Continue input, and sharing no step with what comes after the loop.
 */
export function checkLoops(
  nodes: ReadonlyMap<string, CheckedNode>,
  bodies: ReadonlyMap<string, ReadonlySet<string>>,
  forwardEdges: readonly TWorkflowEdge[],
  loopBackEdges: readonly TWorkflowEdge[],
  forward: Adjacency,
  errors: GraphError[],
): void {
  const label = (id: string) => nodes.get(id)?.label ?? id;
  for (const [loopId, body] of bodies) {
    const exits = forwardEdges
      .filter((edge) => edge.source === loopId && edge.sourceHandle !== LOOP_BODY_HANDLE)
      .map((edge) => edge.target);
    for (const id of reachable(forward, exits)) {
      if (!body.has(id)) continue;
      errors.push({
        nodeId: id,
        code: "loop_body_overlap",
        message: `'${label(id)}' runs inside the loop '${label(loopId)}' and also after it. Give the loop's Done path its own steps.`,
      });
    }
    for (const edge of forwardEdges) {
      if (!body.has(edge.target) || edge.source === loopId || body.has(edge.source)) continue;
      errors.push({
        edgeId: edge.id,
        nodeId: edge.target,
        code: "loop_body_entry",
        message: `'${label(edge.source)}' is outside the loop '${label(loopId)}' but connects into its body at '${label(edge.target)}'. Only the loop's Body output leads into the body.`,
      });
    }
  }
  for (const edge of loopBackEdges) {
    if (bodies.get(edge.target)?.has(edge.source)) continue;
    errors.push({
      edgeId: edge.id,
      nodeId: edge.target,
      code: "loop_back_outside_body",
      message: `'${label(edge.source)}' connects to the Continue input of '${label(edge.target)}' but is not inside that loop. Only the last step of the loop's Body path connects back to Continue.`,
    });
  }
}
