import { describe, expect, it } from "vitest";
import { ZWorkflowGraph, type TWorkflowGraph } from "@/lib/workflow/graph";
import { starterGraph } from "@/lib/workflow/starter";
import { sameGraph, stepOf, toFlowEdges, toFlowNodes, toGraph, type EditorNode } from "./flow-mapping";

const graph: TWorkflowGraph = {
  version: 1,
  nodes: [
    { id: "start", type: "trigger.manual", name: "Start", position: { x: 0, y: 0 }, config: {} },
    {
      id: "fetch",
      type: "http",
      position: { x: 320, y: 16 },
      config: { url: "https://example.com" },
      onError: { mode: "branch" },
      retry: { attempts: 3, backoffMs: 1_000, maxBackoffMs: 10_000 },
      timeoutMs: 30_000,
    },
    { id: "odd", type: "telepathy", position: { x: 640, y: 0 }, config: { x: 1 } },
  ],
  edges: [{ id: "start-fetch", source: "start", sourceHandle: "out", target: "fetch", targetHandle: "in" }],
  variables: { tone: "warm" },
  settings: { runTimeoutSeconds: 600 },
};

describe("graph ↔ React Flow", () => {
  it("draws each step with its category's look and an accessible name", () => {
    const nodes = toFlowNodes(graph);
    expect(nodes.map((node) => node.type)).toEqual(["trigger", "integration", "unknown"]);
    expect(nodes[0]?.ariaLabel).toBe("Start (Run by hand)");
    expect(nodes[2]?.ariaLabel).toBe("odd (unknown type telepathy)");
    expect(toFlowEdges(graph)[0]).toMatchObject({ id: "start-fetch", type: "step", sourceHandle: "out" });
  });

  it("round-trips a graph exactly, key order included", () => {
    const back = toGraph(toFlowNodes(graph), toFlowEdges(graph), graph);
    expect(JSON.stringify(back)).toBe(JSON.stringify(graph));
    expect(sameGraph(back, graph)).toBe(true);
  });

  it("serializes like the schema reads a stored graph", () => {
    const stored = ZWorkflowGraph.parse(JSON.parse(JSON.stringify(starterGraph())));
    const back = toGraph(toFlowNodes(stored), toFlowEdges(stored), stored);
    expect(JSON.stringify(back)).toBe(JSON.stringify(stored));
  });

  it("leaves React Flow's own fields behind and rounds positions", () => {
    const [node] = toFlowNodes(graph);
    const drawn: EditorNode = {
      ...(node as EditorNode),
      position: { x: 10.6, y: -3.2 },
      selected: true,
      dragging: true,
      measured: { width: 224, height: 70 },
    };
    expect(stepOf(drawn)).toEqual({
      id: "start",
      type: "trigger.manual",
      name: "Start",
      position: { x: 11, y: -3 },
      config: {},
    });
    const saved = ZWorkflowGraph.parse(toGraph([drawn], [], {}));
    expect(Object.keys(saved.nodes[0] ?? {})).not.toContain("selected");
  });

  it("keeps positions on the canvas the schema allows", () => {
    const [node] = toFlowNodes(graph);
    expect(stepOf({ ...(node as EditorNode), position: { x: 5e6, y: -5e6 } }).position).toEqual({
      x: 1_000_000,
      y: -1_000_000,
    });
  });

  it("reuses drawn nodes that still show their step, carrying selection and size over otherwise", () => {
    const first = toFlowNodes(graph).map((node) => ({ ...node, selected: true, measured: { width: 1, height: 2 } }));
    const again = toFlowNodes(graph, first);
    expect(again[0]).toBe(first[0]);
    const moved = {
      ...graph,
      nodes: graph.nodes.map((step) => (step.id === "fetch" ? { ...step, position: { x: 0, y: 0 } } : step)),
    };
    const redrawn = toFlowNodes(moved, first);
    expect(redrawn[1]).not.toBe(first[1]);
    expect(redrawn[1]).toMatchObject({ selected: true, measured: { width: 1, height: 2 }, position: { x: 0, y: 0 } });
  });

  it("tells a changed graph from the same one", () => {
    const copy = { ...graph, nodes: [...graph.nodes], edges: [...graph.edges] };
    expect(sameGraph(copy, graph)).toBe(true);
    expect(sameGraph({ ...copy, edges: [] }, graph)).toBe(false);
    const renamed = { ...copy, nodes: copy.nodes.map((step, i) => (i === 0 ? { ...step, name: "Go" } : step)) };
    expect(sameGraph(renamed, graph)).toBe(false);
    const reconfigured = {
      ...copy,
      nodes: copy.nodes.map((step) => ({ ...step, config: { ...(step.config as object) } })),
    };
    expect(sameGraph(reconfigured, graph)).toBe(false);
  });
});
