import {
  clearSelection,
  deleteSelection,
  duplicateSelection,
  notify,
  redo,
  selectAll,
  undo,
  type EditorState,
} from "./editor-state";
import { type EditorCommand } from "./editor-shortcuts";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Runs a keyboard command on the editor, saying on the status line what it did. */
export function runCommand(state: EditorState, command: Exclude<EditorCommand, "help">): EditorState {
  switch (command) {
    case "undo": {
      const next = undo(state);
      return notify(next, next === state ? "Nothing to undo." : "Undone.");
    }
    case "redo": {
      const next = redo(state);
      return notify(next, next === state ? "Nothing to redo." : "Redone.");
    }
    case "delete": {
      const next = deleteSelection(state);
      if (next === state) return state;
      const steps = state.nodes.length - next.nodes.length;
      const connections = state.edges.length - next.edges.length;
      const what = [
        steps ? count(steps, "step", "steps") : "",
        connections ? count(connections, "connection", "connections") : "",
      ]
        .filter(Boolean)
        .join(" and ");
      return notify(next, `Deleted ${what}.`);
    }
    case "duplicate": {
      const next = duplicateSelection(state);
      if (next === state) return state;
      return notify(next, `Duplicated ${count(next.nodes.length - state.nodes.length, "step", "steps")}.`);
    }
    case "select-all":
      return selectAll(state);
    case "clear-selection":
      return clearSelection(state);
  }
}
