import { describe, expect, it } from "vitest";
import { ExpressionError } from "@/lib/workflow/expression";
import { conditionExecutor } from "./condition";
import { configOf, nodeContext } from "./test-context";

const scope = {
  nodes: { score: { output: { value: 72, tags: [], owner: null }, status: "succeeded" } },
  input: { country: "DE" },
};
const run = (expression: string) => conditionExecutor(nodeContext({ scope }), configOf("condition", { expression }));

describe("condition", () => {
  it("takes true when the expression holds", async () => {
    await expect(run("nodes.score.output.value > 50")).resolves.toEqual({
      kind: "done",
      output: { value: true },
      handles: ["true"],
    });
  });

  it("takes false when it does not", async () => {
    await expect(run("nodes.score.output.value > 90 and input.country = 'DE'")).resolves.toEqual({
      kind: "done",
      output: { value: false },
      handles: ["false"],
    });
  });

  it("reads empty lists, null, no value, 0 and empty text as false, other values as true", async () => {
    for (const falsy of [
      "nodes.score.output.tags",
      "nodes.score.output.owner",
      "nodes.missing.output",
      "0",
      "''",
      "{}",
    ])
      expect(await run(falsy), falsy).toMatchObject({ handles: ["false"] });
    for (const truthy of ["input.country", "nodes.score.output.value", "[0]", "{'a': 1}", "'false'"])
      expect(await run(truthy), truthy).toMatchObject({ handles: ["true"] });
  });

  it("fails with the expression's error when it cannot be evaluated", async () => {
    await expect(run("nodes.score.output.value >")).rejects.toBeInstanceOf(ExpressionError);
    await expect(run("$nope(1)")).rejects.toThrow(/There is no function \$nope/);
  });
});
