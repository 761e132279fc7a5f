"use client";

import { useEffect } from "react";
import { validateGraph } from "@/lib/workflow/validate";
import { problemsOf } from "./editor-state";
import { type EditorStore } from "./editor-store";

/** Quiet time after an edit before the graph is checked again. */
const VALIDATION_DELAY_MS = 250;

/**
 * Checks the committed graph with `validateGraph` a moment after each edit and puts the problems
 * in the store. Subscribes to the store itself, so no component renders for it.
 */
export function useValidation(store: EditorStore) {
  useEffect(() => {
    let checked: unknown = null;
    let scheduled: unknown = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const graph = store.getState().history.present;
      checked = graph;
      const { errors } = validateGraph(graph);
      store.update((state) => (state.history.present === graph ? { ...state, problems: problemsOf(errors) } : state));
    };
    // Every store change lands here (a drag frame, a selection); only a new graph is checked again.
    const schedule = () => {
      const graph = store.getState().history.present;
      if (graph === checked || graph === scheduled) return;
      scheduled = graph;
      clearTimeout(timer);
      timer = setTimeout(check, VALIDATION_DELAY_MS);
    };
    check();
    const unsubscribe = store.subscribe(schedule);
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store]);
}
