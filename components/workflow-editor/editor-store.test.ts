import { describe, expect, it, vi } from "vitest";
import { starterGraph } from "@/lib/workflow/starter";
import { createEditorState, selectAll } from "./editor-state";
import { createEditorStore } from "./editor-store";

describe("createEditorStore", () => {
  it("tells listeners about a new state, and nothing about an unchanged one", () => {
    const store = createEditorStore(createEditorState(starterGraph()));
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.update((state) => state);
    expect(listener).not.toHaveBeenCalled();
    store.update(selectAll);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getState().nodes.every((node) => node.selected)).toBe(true);
    unsubscribe();
    store.update(selectAll);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
