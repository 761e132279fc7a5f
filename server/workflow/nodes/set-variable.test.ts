import { describe, expect, it } from "vitest";
import { ExpressionError } from "@/lib/workflow/expression";
import { setVariableExecutor } from "./set-variable";
import { configOf, nodeContext } from "./test-context";

const scope = { nodes: { fetch: { output: { total: 42 }, status: "succeeded" } }, vars: { seen: 1 } };
const run = (value: string) =>
  setVariableExecutor(nodeContext({ scope }), configOf("set_variable", { name: "total", value }));

describe("set variable", () => {
  it("outputs the name and the value for the engine to put in vars", async () => {
    await expect(run("nodes.fetch.output.total + vars.seen")).resolves.toEqual({
      kind: "done",
      output: { name: "total", value: 43 },
    });
  });

  it("stores null when the value matches nothing", async () => {
    await expect(run("nodes.fetch.output.missing")).resolves.toEqual({
      kind: "done",
      output: { name: "total", value: null },
    });
  });

  it("does not write vars itself", async () => {
    const ctx = nodeContext({ scope });
    await setVariableExecutor(ctx, configOf("set_variable", { name: "total", value: "1" }));
    expect(ctx.scope.vars).toEqual({ seen: 1 });
  });

  it("fails with the expression's error", async () => {
    await expect(run("nodes.fetch.output.total +")).rejects.toBeInstanceOf(ExpressionError);
  });
});
