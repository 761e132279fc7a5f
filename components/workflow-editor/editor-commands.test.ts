import { describe, expect, it } from "vitest";
import { starterGraph } from "@/lib/workflow/starter";
import { copyCommand, pasteCommand, runCommand } from "./editor-commands";
import { createEditorState, select, selectAll, type EditorState } from "./editor-state";

describe("runCommand", () => {
  it("deletes and says what went", () => {
    const state = runCommand(select(createEditorState(starterGraph()), new Set(["start"])), "delete");
    expect(state.history.present.nodes.map((node) => node.id)).toEqual(["result"]);
    expect(state.notice?.text).toBe("Deleted 1 step and 1 connection.");
  });

  it("duplicates, undoes and redoes, and says when there is nothing to do", () => {
    let state = runCommand(createEditorState(starterGraph()), "select-all");
    state = runCommand(state, "duplicate");
    expect(state.notice?.text).toBe("Duplicated 2 steps.");
    state = runCommand(state, "undo");
    expect(state.history.present.nodes).toHaveLength(2);
    expect(state.notice?.text).toBe("Undone.");
    state = runCommand(state, "redo");
    expect(state.history.present.nodes).toHaveLength(4);
    expect(runCommand(state, "redo").notice?.text).toBe("Nothing to redo.");
  });

  it("leaves the state alone when there is nothing selected to delete or copy", () => {
    const state = runCommand(createEditorState(starterGraph()), "clear-selection");
    expect(runCommand(state, "delete")).toBe(state);
    expect(runCommand(state, "duplicate")).toBe(state);
  });
});

describe("copy, cut and paste", () => {
  const ids = (state: EditorState) => state.history.present.nodes.map((node) => node.id);
  const starter = () => createEditorState(starterGraph());
  const note = (id: string) => ({ id, type: "note", position: { x: 0, y: 0 }, config: { text: "Hi" } });
  const copyOf = (state: EditorState) => copyCommand(state, "copy").text;

  it("copies without changing the graph, and says how many steps", () => {
    const { state, text } = copyCommand(selectAll(starter()), "copy");
    expect(state.notice?.text).toBe("Copied 2 steps.");
    expect(state.history.past).toHaveLength(0);
    expect(JSON.parse(text ?? "")).toMatchObject({ kind: "switchboard/steps", version: 1 });
  });

  it("cuts as one undo step", () => {
    const { state, text } = copyCommand(select(starter(), new Set(["result"])), "cut");
    expect(state.notice?.text).toBe("Cut 1 step.");
    expect(ids(state)).toEqual(["start"]);
    expect(state.history.past).toHaveLength(1);
    expect(ids(pasteCommand(state, text))).toEqual(["start", "result"]);
  });

  it("says when nothing is selected, and gives nothing to the clipboard", () => {
    expect(copyCommand(starter(), "copy")).toMatchObject({
      text: null,
      state: { notice: { text: "Nothing selected to copy." } },
    });
    expect(copyCommand(starter(), "cut")).toMatchObject({
      text: null,
      state: { notice: { text: "Nothing selected to cut." } },
    });
  });

  it("copies from a read-only editor but does not cut or paste there", () => {
    const readOnly = selectAll(createEditorState(starterGraph(), true));
    expect(copyCommand(readOnly, "copy").text).not.toBeNull();
    const cut = copyCommand(readOnly, "cut");
    expect(cut.text).toBeNull();
    expect(cut.state.notice).toMatchObject({
      text: "You can look at this workflow, but not change it.",
      tone: "error",
    });
    expect(ids(cut.state)).toEqual(["start", "result"]);
    expect(pasteCommand(readOnly, copyOf(readOnly)).notice?.tone).toBe("error");
  });

  it("pastes into another workflow, selected, as one undo step", () => {
    const other = createEditorState({ version: 1, nodes: [note("hello")], edges: [] });
    const state = pasteCommand(other, copyOf(select(starter(), new Set(["result"]))));
    expect(state.notice?.text).toBe("Pasted 1 step.");
    expect(ids(state)).toEqual(["hello", "result"]);
    expect(state.nodes.filter((node) => node.selected).map((node) => node.id)).toEqual(["result"]);
    expect(ids(runCommand(state, "undo"))).toEqual(["hello"]);
  });

  it("pastes a second trigger, and says so", () => {
    const state = pasteCommand(starter(), copyOf(selectAll(starter())));
    expect(ids(state)).toEqual(["start", "result", "start_2", "result_2"]);
    expect(state.notice?.text).toBe(
      "Pasted 2 steps. The workflow already had a trigger: delete the one it should not start from.",
    );
  });

  it("refuses text that is not copied steps, changing nothing but the status line", () => {
    const base = starter();
    const state = pasteCommand(base, "Dear client,");
    expect(state.notice).toMatchObject({
      text: "Nothing to paste: the clipboard holds no copied steps.",
      tone: "error",
    });
    expect(state.history).toBe(base.history);
    expect(state.nodes).toBe(base.nodes);
  });
});
