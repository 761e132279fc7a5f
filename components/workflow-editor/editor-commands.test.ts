import { describe, expect, it } from "vitest";
import { starterGraph } from "@/lib/workflow/starter";
import { runCommand } from "./editor-commands";
import { createEditorState, select } from "./editor-state";

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
