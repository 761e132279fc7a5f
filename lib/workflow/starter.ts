import { GRAPH_VERSION, type TWorkflowGraph } from "./graph";

/** What a new workflow starts with: Run by hand → Output, returning the run's input. */
export function starterGraph(): TWorkflowGraph {
  return {
    version: GRAPH_VERSION,
    nodes: [
      { id: "start", type: "trigger.manual", name: "Start", position: { x: 0, y: 0 }, config: {} },
      { id: "result", type: "output", name: "Result", position: { x: 320, y: 0 }, config: { value: "{{ input }}" } },
    ],
    edges: [{ id: "start-result", source: "start", sourceHandle: "out", target: "result", targetHandle: "in" }],
  };
}
