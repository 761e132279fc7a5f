/** Commands that reach the system clipboard, so they run outside the pure `runCommand`. */
export type ClipboardCommand = "copy" | "cut" | "paste";

/** What a key press can ask the editor to do. */
export type EditorCommand =
  "undo" | "redo" | "delete" | "duplicate" | "select-all" | "clear-selection" | ClipboardCommand | "help";

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The editor command for a key press, or null. Ctrl and ⌘ are the same modifier, so it works on every platform. */
export function commandFor(press: KeyPress): EditorCommand | null {
  if (press.altKey) return null;
  const mod = press.ctrlKey || press.metaKey;
  const key = press.key.toLowerCase();
  if (mod) {
    if (key === "z") return press.shiftKey ? "redo" : "undo";
    if (key === "y" && !press.shiftKey) return "redo";
    if (key === "d" && !press.shiftKey) return "duplicate";
    if (key === "a" && !press.shiftKey) return "select-all";
    if (key === "c" && !press.shiftKey) return "copy";
    if (key === "x" && !press.shiftKey) return "cut";
    if (key === "v" && !press.shiftKey) return "paste";
    return null;
  }
  if (key === "delete" || key === "backspace") return "delete";
  if (key === "escape") return "clear-selection";
  if (press.key === "?") return "help";
  return null;
}

export interface ShortcutHelp {
  /** Keys pressed together, as shown in the help dialog. */
  keys: readonly string[][];
  description: string;
}

/** Every shortcut the editor has, for the help dialog; kept next to `commandFor` so they stay in step. */
export const SHORTCUT_HELP: readonly ShortcutHelp[] = [
  { keys: [["Ctrl/⌘", "Z"]], description: "Undo" },
  {
    keys: [
      ["Shift", "Ctrl/⌘", "Z"],
      ["Ctrl/⌘", "Y"],
    ],
    description: "Redo",
  },
  { keys: [["Delete"], ["Backspace"]], description: "Delete the selected steps and connections" },
  { keys: [["Ctrl/⌘", "D"]], description: "Duplicate the selected steps" },
  { keys: [["Ctrl/⌘", "C"]], description: "Copy the selected steps and the connections between them" },
  { keys: [["Ctrl/⌘", "X"]], description: "Cut the selected steps" },
  { keys: [["Ctrl/⌘", "V"]], description: "Paste steps copied here or in another workflow" },
  { keys: [["Ctrl/⌘", "A"]], description: "Select everything" },
  { keys: [["Esc"]], description: "Clear the selection" },
  { keys: [["Shift", "click"]], description: "Add a step to the selection, or take it out" },
  { keys: [["Shift", "drag"]], description: "Select the steps inside a box" },
  { keys: [["Arrow keys"]], description: "Move the selected steps (after clicking one)" },
  { keys: [["Scroll"]], description: "Zoom in and out; drag the background to pan" },
  { keys: [["?"]], description: "Show these shortcuts" },
];
