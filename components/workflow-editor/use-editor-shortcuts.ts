"use client";

import { useEffect } from "react";
import { copyCommand, pasteCommand, runCommand } from "./editor-commands";
import { commandFor } from "./editor-shortcuts";
import { notify } from "./editor-state";
import { type EditorStore } from "./editor-store";

/** Where copied steps are kept besides the system clipboard, for every tab of this browser. */
const CLIPBOARD_STORAGE_KEY = "switchboard:clipboard";

/** Whether keys pressed in `target` are typing: text boxes keep their own undo, select-all and delete. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !["button", "checkbox", "radio", "range", "reset", "submit", "color", "file"].includes(target.type);
  return false;
}

/** Whether Ctrl+C is for text the person selected outside the canvas (a problem's message), not for steps. */
function copiesPageText(target: EventTarget | null): boolean {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed) return false;
  return !(target instanceof Element && target.closest(".react-flow"));
}

/**
 * Puts `text` on the system clipboard and in local storage. The clipboard may be refused (no
 * permission, a headless browser, a page not on https); storage still reaches this browser's
 * other tabs. Resolves to whether either took it.
 */
async function writeClipboard(text: string): Promise<boolean> {
  let stored = true;
  try {
    localStorage.setItem(CLIPBOARD_STORAGE_KEY, text);
  } catch {
    stored = false; // Storage full or turned off.
  }
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return stored;
  }
}

/** The system clipboard's text; when it cannot be read or is empty, the last copy stored in this browser. */
async function readClipboard(): Promise<string | null> {
  try {
    const text = await navigator.clipboard.readText();
    if (text) return text;
  } catch {
    // Refused or not supported: the stored copy is the next best.
  }
  try {
    return localStorage.getItem(CLIPBOARD_STORAGE_KEY);
  } catch {
    return null;
  }
}

function copySteps(store: EditorStore, mode: "copy" | "cut") {
  const { state, text } = copyCommand(store.getState(), mode);
  store.update(() => state);
  if (text === null) return;
  void writeClipboard(text).then((written) => {
    if (written) return;
    const undoHint = mode === "cut" ? " Undo brings them back." : "";
    store.update((current) =>
      notify(current, `The browser would not let the editor copy the steps.${undoHint}`, "error"),
    );
  });
}

async function pasteFromClipboard(store: EditorStore) {
  const text = await readClipboard();
  store.update((state) => pasteCommand(state, text));
}

/** The editor's keyboard shortcuts, anywhere on the page except in text boxes and dialogs. */
export function useEditorShortcuts(store: EditorStore, onHelp: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTypingTarget(event.target)) return;
      if (event.target instanceof Element && event.target.closest('[role="dialog"], [role="alertdialog"]')) return;
      const command = commandFor(event);
      if (!command) return;
      if ((command === "copy" || command === "cut") && copiesPageText(event.target)) return;
      event.preventDefault();
      if (command === "help") onHelp();
      else if (command === "copy" || command === "cut") copySteps(store, command);
      else if (command === "paste") void pasteFromClipboard(store);
      else store.update((state) => runCommand(state, command));
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [onHelp, store]);
}
