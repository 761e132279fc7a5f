"use client";

import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";
import { type EditorState } from "./editor-state";
import { type EditorStore } from "./editor-store";

const EditorStoreContext = createContext<EditorStore | null>(null);

export function EditorStoreProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  return <EditorStoreContext.Provider value={store}>{children}</EditorStoreContext.Provider>;
}

export function useEditorStore(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error("useEditorStore must be used inside <EditorStoreProvider>");
  return store;
}

/**
 * A slice of the editor's state. The selector must return something held in the state (or a
 * primitive), not a new object each call: the component renders again whenever it differs.
 */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  const store = useEditorStore();
  const read = () => selector(store.getState());
  return useSyncExternalStore(store.subscribe, read, read);
}
