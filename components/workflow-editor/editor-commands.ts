import { isNodeType, isTriggerType } from "@/lib/workflow/node-types";
import { clipboardText, copySelection, readCopiedSteps } from "./clipboard";
import {
  clearSelection,
  deleteSelection,
  duplicateSelection,
  notify,
  pasteSteps,
  READ_ONLY_PROBLEM,
  redo,
  selectAll,
  undo,
  type EditorState,
} from "./editor-state";
import { type ClipboardCommand, type EditorCommand } from "./editor-shortcuts";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Runs a keyboard command on the editor, saying on the status line what it did. */
export function runCommand(
  state: EditorState,
  command: Exclude<EditorCommand, ClipboardCommand | "help">,
): EditorState {
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

/**
 * Copies or cuts the selected steps: the state after, with what happened on the status line, and
 * the text for the clipboard (null when nothing was copied). A cut is one undo step, like a delete.
 */
export function copyCommand(state: EditorState, mode: "copy" | "cut"): { state: EditorState; text: string | null } {
  if (mode === "cut" && state.readOnly) return { state: notify(state, READ_ONLY_PROBLEM, "error"), text: null };
  const copied = copySelection(state);
  if (!copied) return { state: notify(state, `Nothing selected to ${mode}.`), text: null };
  const steps = count(copied.nodes.length, "step", "steps");
  const after = mode === "cut" ? notify(deleteSelection(state), `Cut ${steps}.`) : notify(state, `Copied ${steps}.`);
  return { state: after, text: clipboardText(copied) };
}

const isTrigger = (type: string) => isNodeType(type) && isTriggerType(type);

/**
 * Pastes the steps in clipboard `text` (null when none could be read) as one undo step, or says
 * why not and changes nothing.
 */
export function pasteCommand(state: EditorState, text: string | null): EditorState {
  if (state.readOnly) return notify(state, READ_ONLY_PROBLEM, "error");
  const read = readCopiedSteps(text);
  if ("problem" in read) return notify(state, read.problem, "error");
  const pasted = `Pasted ${count(read.steps.nodes.length, "step", "steps")}.`;
  // A trigger is pasted even when the workflow has one: it was copied on purpose, may be meant to
  // replace the one here, and dropping it would drop its connections too. Validation marks the
  // second trigger; the notice says what to do about it.
  const secondTrigger =
    state.nodes.some((node) => isTrigger(node.data.type)) && read.steps.nodes.some((step) => isTrigger(step.type));
  return notify(
    pasteSteps(state, read.steps),
    secondTrigger ? `${pasted} The workflow already had a trigger: delete the one it should not start from.` : pasted,
  );
}
