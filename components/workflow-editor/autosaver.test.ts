import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type TWorkflowGraph } from "@/lib/workflow/graph";
import { starterGraph } from "@/lib/workflow/starter";
import { Autosaver, type SaveConflict } from "./autosaver";

class Conflict extends Error {
  constructor(readonly revision: number) {
    super(`Someone saved revision ${revision} first.`);
  }
}

const renamed = (name: string): TWorkflowGraph => {
  const graph = starterGraph();
  return { ...graph, nodes: graph.nodes.map((node, index) => (index === 0 ? { ...node, name } : node)) };
};

function setup(respond?: (graph: TWorkflowGraph, base: number) => Promise<{ revision: number }>) {
  const saves: { graph: TWorkflowGraph; base: number }[] = [];
  const saved: number[] = [];
  const save = vi.fn((graph: TWorkflowGraph, base: number) => {
    saves.push({ graph, base });
    return respond ? respond(graph, base) : Promise.resolve({ revision: base + 1 });
  });
  const autosaver = new Autosaver({
    graph: starterGraph(),
    revision: 3,
    save,
    conflictOf: (error): SaveConflict | null =>
      error instanceof Conflict ? { revision: error.revision, message: error.message } : null,
    messageOf: (error) => (error instanceof Error ? error.message : "failed"),
    onSaved: (_graph, revision) => saved.push(revision),
  });
  return { autosaver, saves, saved, save };
}

describe("Autosaver", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("saves once, a second after the last change, based on the revision opened", async () => {
    const { autosaver, saves, saved } = setup();
    autosaver.update(renamed("A"));
    await vi.advanceTimersByTimeAsync(600);
    autosaver.update(renamed("AB"));
    expect(autosaver.getState()).toEqual({ status: "unsaved" });
    await vi.advanceTimersByTimeAsync(999);
    expect(saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toEqual([{ graph: renamed("AB"), base: 3 }]);
    expect(autosaver.getState()).toEqual({ status: "saved" });
    expect(saved).toEqual([4]);
    expect(autosaver.revision).toBe(4);
  });

  it("does not save a graph equal to the saved one", async () => {
    const { autosaver, saves } = setup();
    autosaver.update(renamed("A"));
    autosaver.update(starterGraph());
    expect(autosaver.getState()).toEqual({ status: "saved" });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(saves).toHaveLength(0);
  });

  it("saves changes made during a save afterwards, on the new revision", async () => {
    let finish: (value: { revision: number }) => void = () => undefined;
    const { autosaver, saves } = setup((_graph, base) =>
      base === 3 ? new Promise((resolve) => (finish = resolve)) : Promise.resolve({ revision: base + 1 }),
    );
    autosaver.update(renamed("A"));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(autosaver.getState()).toEqual({ status: "saving" });
    autosaver.update(renamed("AB"));
    expect(autosaver.getState()).toEqual({ status: "saving" });
    expect(autosaver.hasUnsavedChanges()).toBe(true);
    finish({ revision: 4 });
    await vi.advanceTimersByTimeAsync(0);
    expect(autosaver.getState()).toEqual({ status: "unsaved" });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saves.map((save) => save.base)).toEqual([3, 4]);
    expect(saves[1]?.graph).toEqual(renamed("AB"));
    expect(autosaver.getState()).toEqual({ status: "saved" });
    expect(autosaver.hasUnsavedChanges()).toBe(false);
  });

  it("stops on a conflict until the person chooses, then keeps theirs on request", async () => {
    const { autosaver, saves } = setup((_graph, base) =>
      base === 3 ? Promise.reject(new Conflict(7)) : Promise.resolve({ revision: base + 1 }),
    );
    autosaver.update(renamed("A"));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(autosaver.getState()).toEqual({
      status: "conflict",
      revision: 7,
      message: "Someone saved revision 7 first.",
    });
    autosaver.update(renamed("AB"));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(saves).toHaveLength(1);
    expect(autosaver.getState().status).toBe("conflict");

    await autosaver.keepMine();
    expect(saves.at(-1)).toEqual({ graph: renamed("AB"), base: 7 });
    expect(autosaver.getState()).toEqual({ status: "saved" });
    expect(autosaver.revision).toBe(8);
  });

  it("takes their version without saving it back", async () => {
    const { autosaver, saves } = setup(() => Promise.reject(new Conflict(9)));
    autosaver.update(renamed("Mine"));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(autosaver.getState().status).toBe("conflict");
    const theirs = renamed("Theirs");
    autosaver.acceptTheirs(theirs, 9);
    autosaver.update(theirs);
    expect(autosaver.getState()).toEqual({ status: "saved" });
    expect(autosaver.revision).toBe(9);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(saves).toHaveLength(1);
  });

  it("reports other failures and tries again when asked or on the next change", async () => {
    let fail = true;
    const { autosaver, saves } = setup((_graph, base) =>
      fail ? Promise.reject(new Error("Network down")) : Promise.resolve({ revision: base + 1 }),
    );
    autosaver.update(renamed("A"));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(autosaver.getState()).toEqual({ status: "error", message: "Network down" });
    fail = false;
    await autosaver.flush();
    expect(autosaver.getState()).toEqual({ status: "saved" });
    expect(saves.map((save) => save.base)).toEqual([3, 3]);
  });

  it("saves at once on flush and not again after pause", async () => {
    const { autosaver, saves } = setup();
    autosaver.update(renamed("A"));
    await autosaver.flush();
    expect(saves).toHaveLength(1);
    autosaver.update(renamed("AB"));
    autosaver.pause();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(saves).toHaveLength(1);
    expect(autosaver.hasUnsavedChanges()).toBe(true);
  });
});
