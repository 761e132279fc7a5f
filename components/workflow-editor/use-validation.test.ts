import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { addStep, connect, createEditorState, redo, undo, type EditorState } from "./editor-state";
import { createEditorStore, type EditorStore } from "./editor-store";
import { VALIDATION_DELAY_MS, watchValidation } from "./use-validation";

const empty = { version: 1 as const, nodes: [], edges: [] };

/** A manual trigger and a prompt without its text, connected: one problem, on the prompt. */
function connectedPrompt(): EditorStore {
  let state: EditorState = createEditorState(empty);
  state = addStep(state, "trigger.manual", { x: 0, y: 0 }).state;
  state = addStep(state, "llm", { x: 300, y: 0 }).state;
  state = connect(state, { source: "trigger", sourceHandle: "out", target: "llm", targetHandle: "in" }).state;
  return createEditorStore(state);
}

const problemsOnPrompt = (store: EditorStore) => store.getState().problems.byNode.get("llm")?.length ?? 0;

describe("watchValidation", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("checks the graph at once, and an edit after a quiet moment", () => {
    const store = connectedPrompt();
    const stop = watchValidation(store);
    expect(problemsOnPrompt(store)).toBe(1);
    store.update(undo);
    expect(problemsOnPrompt(store)).toBe(1);
    vi.advanceTimersByTime(VALIDATION_DELAY_MS);
    // Without the connection the prompt would never run: a second problem.
    expect(problemsOnPrompt(store)).toBe(2);
    stop();
  });

  it("lands on the right problems through any mix of quick and slow undo and redo", () => {
    const store = connectedPrompt();
    const stop = watchValidation(store);
    store.update(undo);
    vi.advanceTimersByTime(VALIDATION_DELAY_MS);
    expect(problemsOnPrompt(store)).toBe(2);
    store.update(redo);
    store.update(undo);
    vi.advanceTimersByTime(VALIDATION_DELAY_MS);
    expect(problemsOnPrompt(store)).toBe(2);
    // Redo again: the graph last scheduled, but not the one the problems describe.
    store.update(redo);
    vi.advanceTimersByTime(VALIDATION_DELAY_MS);
    expect(problemsOnPrompt(store)).toBe(1);
    store.update(undo);
    store.update(redo);
    vi.advanceTimersByTime(VALIDATION_DELAY_MS);
    expect(problemsOnPrompt(store)).toBe(1);
    stop();
  });

  it("stops checking once stopped", () => {
    const store = connectedPrompt();
    const stop = watchValidation(store);
    stop();
    store.update(undo);
    vi.advanceTimersByTime(VALIDATION_DELAY_MS);
    expect(problemsOnPrompt(store)).toBe(1);
  });
});
