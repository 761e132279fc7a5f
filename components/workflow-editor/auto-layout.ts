import dagre from "@dagrejs/dagre";
import { type TPosition, type TWorkflowGraph } from "@/lib/workflow/graph";
import { DEFAULT_NODE_SIZE, snapToGrid, type Size } from "./place-node";

/** Space between steps in one column, and between columns, in pixels. */
const NODE_GAP = 48;
const RANK_GAP = 96;

/**
 * New top-left positions for every step, laid out left to right with dagre (a connection's
 * source left of its target, loop-backs aside), snapped to the grid. The result keeps the
 * graph's top-left corner where it was, so the layout does not jump off screen.
 */
export function layoutPositions(
  graph: Pick<TWorkflowGraph, "nodes" | "edges">,
  sizeOf: (id: string) => Size | undefined = () => undefined,
): Map<string, TPosition> {
  const positions = new Map<string, TPosition>();
  if (!graph.nodes.length) return positions;

  const layout = new dagre.graphlib.Graph({ multigraph: true });
  layout.setGraph({ rankdir: "LR", nodesep: NODE_GAP, ranksep: RANK_GAP, marginx: 0, marginy: 0 });
  layout.setDefaultEdgeLabel(() => ({}));
  const sizes = new Map(graph.nodes.map((node) => [node.id, sizeOf(node.id) ?? DEFAULT_NODE_SIZE]));
  for (const [id, size] of sizes) layout.setNode(id, { width: size.width, height: size.height });
  for (const edge of graph.edges) {
    if (edge.source === edge.target || !sizes.has(edge.source) || !sizes.has(edge.target)) continue;
    layout.setEdge(edge.source, edge.target, {}, edge.id);
  }
  dagre.layout(layout);

  const originX = Math.min(...graph.nodes.map((node) => node.position.x));
  const originY = Math.min(...graph.nodes.map((node) => node.position.y));
  const laidOut = graph.nodes.map((node) => {
    const { x, y } = layout.node(node.id) as { x: number; y: number };
    const size = sizes.get(node.id) ?? DEFAULT_NODE_SIZE;
    return { id: node.id, x: x - size.width / 2, y: y - size.height / 2 };
  });
  const left = Math.min(...laidOut.map((node) => node.x));
  const top = Math.min(...laidOut.map((node) => node.y));
  for (const node of laidOut)
    positions.set(node.id, {
      x: snapToGrid(originX + node.x - left),
      y: snapToGrid(originY + node.y - top),
    });
  return positions;
}
