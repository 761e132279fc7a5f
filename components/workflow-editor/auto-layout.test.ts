import { describe, expect, it } from "vitest";
import { type TWorkflowGraph } from "@/lib/workflow/graph";
import { layoutPositions } from "./auto-layout";
import { DEFAULT_NODE_SIZE, GRID } from "./place-node";

const node = (id: string, x = 0, y = 0) => ({ id, type: "transform", position: { x, y }, config: {} });
const edge = (source: string, target: string, sourceHandle = "out", targetHandle = "in") => ({
  id: `${source}-${target}-${sourceHandle}`,
  source,
  sourceHandle,
  target,
  targetHandle,
});

describe("layoutPositions", () => {
  it("puts every step right of the steps it comes after", () => {
    const graph: Pick<TWorkflowGraph, "nodes" | "edges"> = {
      nodes: [node("c", 0, 0), node("a", 0, 0), node("b", 0, 0)],
      edges: [edge("a", "b"), edge("b", "c")],
    };
    const positions = layoutPositions(graph);
    const x = (id: string) => positions.get(id)?.x ?? Number.NaN;
    expect(x("a")).toBeLessThan(x("b"));
    expect(x("b") - x("a")).toBeGreaterThanOrEqual(DEFAULT_NODE_SIZE.width);
    expect(x("b")).toBeLessThan(x("c"));
  });

  it("stacks branches without overlap, on the grid, from the graph's old corner", () => {
    const graph = {
      nodes: [node("start", 400, 200), node("yes", 900, 900), node("no", 900, 900)],
      edges: [edge("start", "yes", "true"), edge("start", "no", "false")],
    };
    const positions = layoutPositions(graph, () => ({ width: 200, height: 80 }));
    const yes = positions.get("yes");
    const no = positions.get("no");
    expect(yes?.x).toBe(no?.x);
    expect(Math.abs((yes?.y ?? 0) - (no?.y ?? 0))).toBeGreaterThanOrEqual(80);
    for (const position of positions.values()) {
      expect(position.x % GRID).toBe(0);
      expect(position.y % GRID).toBe(0);
    }
    expect(Math.min(...[...positions.values()].map((p) => p.x))).toBe(400);
    expect(Math.min(...[...positions.values()].map((p) => p.y))).toBe(208);
  });

  it("copes with loops back, self-loops and dangling connections", () => {
    const graph = {
      nodes: [node("each"), node("body")],
      edges: [
        edge("each", "body", "body"),
        edge("body", "each", "out", "continue"),
        edge("body", "body"),
        edge("x", "body"),
      ],
    };
    const positions = layoutPositions(graph);
    expect(positions.size).toBe(2);
  });

  it("returns nothing for an empty graph", () => {
    expect(layoutPositions({ nodes: [], edges: [] }).size).toBe(0);
  });
});
