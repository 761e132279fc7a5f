import { describe, expect, it } from "vitest";
import { ExpressionError } from "@/lib/workflow/expression";
import { configOf, nodeContext } from "./test-context";
import { transformExecutor } from "./transform";

const scope = {
  nodes: {
    fetch: {
      output: {
        items: [
          { title: "A", price: 5 },
          { title: "B", price: 15 },
        ],
      },
      status: "succeeded",
    },
  },
};
const run = (expression: string) => transformExecutor(nodeContext({ scope }), configOf("transform", { expression }));

describe("transform", () => {
  it("passes on the expression's value, whatever its type", async () => {
    await expect(run("nodes.fetch.output.items.title")).resolves.toEqual({ kind: "done", output: ["A", "B"] });
    await expect(run("$sum(nodes.fetch.output.items.price)")).resolves.toEqual({ kind: "done", output: 20 });
    await expect(run("{ 'cheap': nodes.fetch.output.items[price < 10].title }")).resolves.toEqual({
      kind: "done",
      output: { cheap: "A" },
    });
  });

  it("passes on null when the expression matches nothing", async () => {
    await expect(run("nodes.fetch.output.missing")).resolves.toEqual({ kind: "done", output: null });
  });

  it("fails with the expression's error", async () => {
    await expect(run("nodes.fetch.output.items[")).rejects.toBeInstanceOf(ExpressionError);
    await expect(run("$eval('1')")).rejects.toThrow(/\$eval is not available/);
  });
});
