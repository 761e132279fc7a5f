"use client";

import { useEffect } from "react";
import { runCommand } from "./editor-commands";
import { commandFor } from "./editor-shortcuts";
import { type EditorStore } from "./editor-store";

/** Whether keys pressed in `target` are typing: text boxes keep their own undo, select-all and delete. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !["button", "checkbox", "radio", "range", "reset", "submit", "color", "file"].includes(target.type);
  return false;
}

/** The editor's keyboard shortcuts, anywhere on the page except in text boxes and dialogs. */
export function useEditorShortcuts(store: EditorStore, onHelp: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTypingTarget(event.target)) return;
      if (event.target instanceof Element && event.target.closest('[role="dialog"], [role="alertdialog"]')) return;
      const command = commandFor(event);
      if (!command) return;
      event.preventDefault();
      if (command === "help") onHelp();
      else store.update((state) => runCommand(state, command));
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [onHelp, store]);
}
