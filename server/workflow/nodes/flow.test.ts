import { describe, expect, it } from "vitest";
import { mergeExecutor } from "./merge";
import { noteExecutor } from "./note";
import { parallelExecutor } from "./parallel";
import { configOf, nodeContext } from "./test-context";

describe("parallel", () => {
  it("starts every branch, with no output", async () => {
    await expect(parallelExecutor(nodeContext(), configOf("parallel", { branches: 3 }))).resolves.toEqual({
      kind: "done",
      output: null,
      handles: ["branch_1", "branch_2", "branch_3"],
    });
    await expect(parallelExecutor(nodeContext(), configOf("parallel", {}))).resolves.toMatchObject({
      handles: ["branch_1", "branch_2"],
    });
  });
});

describe("merge", () => {
  const scope = {
    nodes: {
      a: { output: { n: 1 }, status: "succeeded" },
      b: { output: "fallback", status: "failed" },
      c: { output: null, status: "skipped" },
      unrelated: { output: 9, status: "succeeded" },
    },
  };

  it("outputs the outputs of its finished inputs, by step id", async () => {
    const ctx = nodeContext({ scope, predecessors: ["a", "b", "c", "d"] });
    await expect(mergeExecutor(ctx, configOf("merge", {}))).resolves.toEqual({
      kind: "done",
      output: { inputs: { a: { n: 1 }, b: "fallback" } },
    });
  });

  it("outputs no inputs when none has finished", async () => {
    const ctx = nodeContext({ scope, predecessors: ["c", "d"] });
    await expect(mergeExecutor(ctx, configOf("merge", { mode: "first" }))).resolves.toEqual({
      kind: "done",
      output: { inputs: {} },
    });
  });
});

describe("note", () => {
  it("refuses to run", async () => {
    await expect(noteExecutor(nodeContext({ nodeId: "hint" }), configOf("note", { text: "Remember" }))).rejects.toThrow(
      'Node "hint" is a note: notes never run, and the engine should have skipped it.',
    );
  });
});
