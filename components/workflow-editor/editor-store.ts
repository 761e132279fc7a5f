import { type EditorState } from "./editor-state";

/**
 * The editor's one store: a value and the components listening to it. Components read slices
 * of it with `useEditor(selector)` and render again only when their slice changes, so only the
 * canvas ever holds the whole node list.
 */
export interface EditorStore {
  getState(): EditorState;
  /** Replaces the state with `change(state)`; listeners hear nothing when it returns the same state. */
  update(change: (state: EditorState) => EditorState): void;
  subscribe(listener: () => void): () => void;
}

export function createEditorStore(initial: EditorState): EditorStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    update(change) {
      const next = change(state);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
