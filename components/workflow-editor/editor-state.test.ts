import { describe, expect, it } from "vitest";
import { type TWorkflowGraph } from "@/lib/workflow/graph";
import { starterGraph } from "@/lib/workflow/starter";
import {
  addStep,
  applyFlowEdgeChanges,
  applyFlowNodeChanges,
  clearSelection,
  connect,
  createEditorState,
  deleteSelection,
  duplicateSelection,
  moveSteps,
  notify,
  pasteSteps,
  problemsOf,
  redo,
  replaceGraph,
  sealEdits,
  select,
  selectAll,
  selectedStepId,
  selectedSteps,
  undo,
  updateStep,
  type EditorState,
} from "./editor-state";

const present = (state: EditorState) => state.history.present;
const ids = (state: EditorState) => present(state).nodes.map((node) => node.id);
const undoSteps = (state: EditorState) => state.history.past.length;

function withLlm(): EditorState {
  return addStep(createEditorState(starterGraph()), "llm", { x: 320, y: 160 }).state;
}

describe("adding steps", () => {
  it("adds a step with a slug id and its default config, selected alone, as one undo step", () => {
    const state = addStep(createEditorState(starterGraph()), "parallel", { x: 96, y: 48 }).state;
    expect(present(state).nodes.at(-1)).toEqual({
      id: "parallel",
      type: "parallel",
      position: { x: 96, y: 48 },
      config: { branches: 2 },
    });
    expect(selectedStepId(state)).toBe("parallel");
    expect(undoSteps(state)).toBe(1);
    expect(ids(undo(state))).toEqual(["start", "result"]);
  });

  it("counts ids up and leaves a config that needs filling in empty", () => {
    let state = withLlm();
    const second = addStep(state, "llm", { x: 0, y: 0 });
    state = second.state;
    expect(second.id).toBe("llm_2");
    expect(present(state).nodes.at(-1)?.config).toEqual({});
    expect(ids(state)).toEqual(["start", "result", "llm", "llm_2"]);
  });
});

describe("connecting", () => {
  it("connects an output to an input", () => {
    const { state, problem } = connect(withLlm(), {
      source: "start",
      sourceHandle: "out",
      target: "llm",
      targetHandle: "in",
    });
    expect(problem).toBeNull();
    expect(present(state).edges.at(-1)).toEqual({
      id: "start-llm",
      source: "start",
      sourceHandle: "out",
      target: "llm",
      targetHandle: "in",
    });
  });

  it("refuses a self-loop and a duplicate, changing nothing", () => {
    const base = withLlm();
    const self = connect(base, { source: "llm", sourceHandle: "out", target: "llm", targetHandle: "in" });
    expect(self.problem).toBe("A step cannot connect to itself.");
    expect(self.state).toBe(base);
    const twice = connect(base, { source: "start", sourceHandle: "out", target: "result", targetHandle: "in" });
    expect(twice.problem).toBe("That connection already exists.");
    expect(twice.state).toBe(base);
  });
});

describe("deleting and duplicating", () => {
  it("deletes the selected steps with their connections as one undo step", () => {
    const base = createEditorState(starterGraph());
    const state = deleteSelection(select(base, new Set(["start"])));
    expect(ids(state)).toEqual(["result"]);
    expect(present(state).edges).toEqual([]);
    expect(undoSteps(state)).toBe(1);
    expect(present(undo(state))).toEqual(starterGraph());
  });

  it("deletes a selected connection alone", () => {
    const base = createEditorState(starterGraph());
    const state = deleteSelection(select(base, new Set(), new Set(["start-result"])));
    expect(ids(state)).toEqual(["start", "result"]);
    expect(present(state).edges).toEqual([]);
  });

  it("does nothing with nothing selected", () => {
    const base = createEditorState(starterGraph());
    expect(deleteSelection(base)).toBe(base);
    expect(duplicateSelection(base)).toBe(base);
  });

  it("duplicates the selection with new ids, its inner connections, and selects the copies", () => {
    const state = duplicateSelection(selectAll(createEditorState(starterGraph())));
    const graph = present(state);
    expect(graph.nodes.map((node) => node.id)).toEqual(["start", "result", "start_2", "result_2"]);
    expect(graph.nodes[2]).toMatchObject({ name: "Start copy", position: { x: 32, y: 32 } });
    expect(graph.edges.map((edge) => `${edge.source}>${edge.target}`)).toEqual(["start>result", "start_2>result_2"]);
    expect(state.nodes.filter((node) => node.selected).map((node) => node.id)).toEqual(["start_2", "result_2"]);
    expect(undoSteps(state)).toBe(1);
  });
});

describe("copies that read one another", () => {
  const graph: TWorkflowGraph = {
    version: 1,
    nodes: [
      { id: "start", type: "trigger.manual", position: { x: 0, y: 0 }, config: {} },
      { id: "score", type: "transform", position: { x: 320, y: 0 }, config: { expression: "input.spend * 2" } },
      {
        id: "result",
        type: "output",
        position: { x: 640, y: 0 },
        config: { value: "{{ nodes.score.output }} from {{ nodes.start.output }}" },
      },
    ],
    edges: [
      { id: "e1", source: "start", sourceHandle: "out", target: "score", targetHandle: "in" },
      { id: "e2", source: "score", sourceHandle: "out", target: "result", targetHandle: "in" },
    ],
  };

  it("read the copies of steps copied with them, and the originals of the others", () => {
    const state = duplicateSelection(select(createEditorState(graph), new Set(["score", "result"])));
    const copy = present(state).nodes.find((node) => node.id === "result_2");
    expect(copy?.config).toEqual({ value: "{{ nodes.score_2.output }} from {{ nodes.start.output }}" });
    // The original is untouched.
    expect(present(state).nodes.find((node) => node.id === "result")?.config).toEqual(graph.nodes[2]!.config);
  });
});

describe("pasting", () => {
  const copied = () => selectedSteps(selectAll(createEditorState(starterGraph())));
  const selectedIds = (state: EditorState) => state.nodes.filter((node) => node.selected).map((node) => node.id);

  it("pastes with fresh ids, names and configs kept, connections remapped, as one undo step", () => {
    const state = pasteSteps(createEditorState(starterGraph()), copied());
    const graph = present(state);
    expect(graph.nodes.slice(2)).toEqual([
      { id: "start_2", type: "trigger.manual", name: "Start", position: { x: 32, y: 32 }, config: {} },
      { id: "result_2", type: "output", name: "Result", position: { x: 352, y: 32 }, config: { value: "{{ input }}" } },
    ]);
    expect(graph.edges.at(-1)).toEqual({
      id: "start_2-result_2",
      source: "start_2",
      sourceHandle: "out",
      target: "result_2",
      targetHandle: "in",
    });
    expect(selectedIds(state)).toEqual(["start_2", "result_2"]);
    expect(undoSteps(state)).toBe(1);
    expect(present(undo(state))).toEqual(starterGraph());
  });

  it("moves each paste further along, so pasting twice does not stack the copies", () => {
    const twice = pasteSteps(pasteSteps(createEditorState(starterGraph()), copied()), copied());
    expect(present(twice).nodes.map((node) => `${node.id}@${node.position.x},${node.position.y}`)).toEqual([
      "start@0,0",
      "result@320,0",
      "start_2@32,32",
      "result_2@352,32",
      "start_3@64,64",
      "result_3@384,64",
    ]);
  });

  it("pastes into another workflow with the ids it had when they are free", () => {
    const empty = createEditorState({ version: 1, nodes: [], edges: [] });
    expect(ids(pasteSteps(empty, copied()))).toEqual(["start", "result"]);
  });

  it("drops connections to steps that were not copied, and gives repeated ids distinct steps", () => {
    const [start] = copied().nodes;
    if (!start) throw new Error("No start step.");
    const edge = { id: "x", source: "start", sourceHandle: "out", target: "gone", targetHandle: "in" };
    const state = pasteSteps(createEditorState(starterGraph()), { nodes: [start, start], edges: [edge] });
    expect(ids(state)).toEqual(["start", "result", "start_2", "start_3"]);
    expect(present(state).edges).toHaveLength(1);
  });

  it("changes nothing with nothing to paste or in a read-only editor", () => {
    const base = createEditorState(starterGraph());
    expect(pasteSteps(base, { nodes: [], edges: [] })).toBe(base);
    const readOnly = createEditorState(starterGraph(), true);
    expect(pasteSteps(readOnly, copied())).toBe(readOnly);
  });
});

describe("editing a step", () => {
  it("coalesces typing in one box into one undo step until sealed", () => {
    let state = withLlm();
    const before = undoSteps(state);
    state = updateStep(state, "llm", { name: "D" }, "name:llm:1");
    state = updateStep(state, "llm", { name: "Draft" }, "name:llm:1");
    expect(undoSteps(state)).toBe(before + 1);
    expect(present(state).nodes.at(-1)?.name).toBe("Draft");
    state = updateStep(sealEdits(state), "llm", { name: "Drafts" }, "name:llm:1");
    expect(undoSteps(state)).toBe(before + 2);
    expect(present(undo(undo(state))).nodes.at(-1)?.name).toBeUndefined();
  });

  it("removes fields set to undefined", () => {
    let state = updateStep(withLlm(), "llm", { timeoutMs: 5_000 });
    expect(present(state).nodes.at(-1)?.timeoutMs).toBe(5_000);
    state = updateStep(state, "llm", { timeoutMs: undefined });
    expect(present(state).nodes.at(-1)).not.toHaveProperty("timeoutMs");
  });

  it("redraws the node with the new data and a new accessible name", () => {
    const state = updateStep(withLlm(), "llm", { name: "Tagline" });
    expect(state.nodes.at(-1)?.ariaLabel).toBe("Tagline (AI prompt)");
  });
});

describe("React Flow changes", () => {
  it("commits a drag once, when it ends", () => {
    let state = createEditorState(starterGraph());
    const before = undoSteps(state);
    for (const x of [10, 20, 30])
      state = applyFlowNodeChanges(state, [{ type: "position", id: "start", position: { x, y: 0 }, dragging: true }]);
    expect(state.dragging).toBe(true);
    expect(undoSteps(state)).toBe(before);
    state = applyFlowNodeChanges(state, [
      { type: "position", id: "start", position: { x: 32, y: 0 }, dragging: false },
    ]);
    expect(undoSteps(state)).toBe(before + 1);
    expect(present(state).nodes[0]?.position).toEqual({ x: 32, y: 0 });
    expect(present(undo(state)).nodes[0]?.position).toEqual({ x: 0, y: 0 });
  });

  it("makes one undo step of a run of arrow-key moves", () => {
    let state = createEditorState(starterGraph());
    for (const x of [16, 32, 48])
      state = applyFlowNodeChanges(state, [{ type: "position", id: "start", position: { x, y: 0 }, dragging: false }]);
    expect(undoSteps(state)).toBe(1);
    expect(present(undo(state)).nodes[0]?.position).toEqual({ x: 0, y: 0 });
  });

  it("keeps selection and measurements out of the history", () => {
    let state = createEditorState(starterGraph());
    state = applyFlowNodeChanges(state, [
      { type: "select", id: "start", selected: true },
      { type: "dimensions", id: "start", dimensions: { width: 224, height: 70 } },
    ]);
    state = applyFlowEdgeChanges(state, [{ type: "select", id: "start-result", selected: true }]);
    expect(undoSteps(state)).toBe(0);
    expect(state.nodes[0]).toMatchObject({ selected: true, measured: { width: 224, height: 70 } });
    expect(selectedStepId(state)).toBe("start");
    expect(selectedStepId(clearSelection(state))).toBeNull();
  });

  it("commits removals with the connections they leave dangling", () => {
    const state = applyFlowNodeChanges(createEditorState(starterGraph()), [{ type: "remove", id: "result" }]);
    expect(ids(state)).toEqual(["start"]);
    expect(present(state).edges).toEqual([]);
  });
});

describe("undo, redo and whole-graph edits", () => {
  it("redoes what was undone", () => {
    const state = withLlm();
    expect(ids(redo(undo(state)))).toEqual(["start", "result", "llm"]);
  });

  it("moves steps (auto-layout) as one undo step", () => {
    const state = moveSteps(
      createEditorState(starterGraph()),
      new Map([
        ["start", { x: 0, y: 96 }],
        ["result", { x: 400, y: 96 }],
      ]),
    );
    expect(present(state).nodes.map((node) => node.position)).toEqual([
      { x: 0, y: 96 },
      { x: 400, y: 96 },
    ]);
    expect(undoSteps(state)).toBe(1);
  });

  it("replaces the graph with someone else's as an undoable step", () => {
    const theirs: TWorkflowGraph = { version: 1, nodes: [], edges: [] };
    const state = replaceGraph(createEditorState(starterGraph()), theirs);
    expect(present(state)).toBe(theirs);
    expect(state.nodes).toEqual([]);
    expect(ids(undo(state))).toEqual(["start", "result"]);
  });

  it("changes nothing in a read-only editor", () => {
    const state = createEditorState(starterGraph(), true);
    expect(addStep(state, "llm", { x: 0, y: 0 }).state).toBe(state);
    expect(deleteSelection(selectAll(state)).history).toBe(state.history);
    expect(updateStep(state, "start", { name: "x" })).toBe(state);
    expect(
      connect(state, { source: "result", sourceHandle: "out", target: "start", targetHandle: "in" }).problem,
    ).toMatch(/not change/);
    expect(
      applyFlowNodeChanges(state, [{ type: "position", id: "start", position: { x: 5, y: 5 }, dragging: false }]),
    ).toBe(state);
  });
});

describe("problemsOf", () => {
  it("indexes problems by node and connection, leaving graph-wide ones in the list only", () => {
    const problems = problemsOf([
      { nodeId: "a", code: "invalid_config", message: "one" },
      { code: "no_trigger", message: "two" },
      { nodeId: "a", code: "unreachable", message: "three" },
      { edgeId: "a-b", code: "edge_missing_handle", message: "four" },
    ]);
    expect(problems.errors).toHaveLength(4);
    expect(problems.byNode.get("a")?.map((error) => error.message)).toEqual(["one", "three"]);
    expect(problems.byEdge.get("a-b")?.map((error) => error.message)).toEqual(["four"]);
  });
});

describe("notify", () => {
  it("puts words on the status line, counting up so a repeat is announced again", () => {
    const once = notify(createEditorState(starterGraph()), "A step cannot connect to itself.", "error");
    const twice = notify(once, "A step cannot connect to itself.", "error");
    expect(once.notice).toEqual({ text: "A step cannot connect to itself.", tone: "error", seq: 1 });
    expect(twice.notice?.seq).toBe(2);
  });
});
