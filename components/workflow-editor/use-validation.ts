"use client";

import { useEffect } from "react";
import { validateGraph } from "@/lib/workflow/validate";
import { problemsOf } from "./editor-state";
import { type EditorStore } from "./editor-store";

/** Quiet time after an edit before the graph is checked again. */
export const VALIDATION_DELAY_MS = 250;

/**
 * Checks the committed graph with `validateGraph` now and a moment after each edit, and puts the
 * problems in the store. Returns the function that stops watching.
 *
 * Every store change reaches `schedule` (a drag frame, a selection); only a committed graph other
 * than the one last checked starts the timer again, and the check always reads the graph present
 * when it fires, so undo and redo landing back on an earlier graph are checked like any edit.
 */
export function watchValidation(store: EditorStore, delayMs = VALIDATION_DELAY_MS): () => void {
  let checked: unknown = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    timer = undefined;
    const graph = store.getState().history.present;
    checked = graph;
    const { errors } = validateGraph(graph);
    store.update((state) => (state.history.present === graph ? { ...state, problems: problemsOf(errors) } : state));
  };
  const schedule = () => {
    if (store.getState().history.present === checked) {
      // Back on the graph the problems describe (undo then redo): nothing to check.
      clearTimeout(timer);
      timer = undefined;
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(check, delayMs);
  };
  check();
  const unsubscribe = store.subscribe(schedule);
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}

/** `watchValidation` for the editor's lifetime. Subscribes to the store itself, so no component renders for it. */
export function useValidation(store: EditorStore) {
  useEffect(() => watchValidation(store), [store]);
}
