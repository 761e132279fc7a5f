import { describe, expect, it } from "vitest";
import { ExpressionError } from "@/lib/workflow/expression";
import { appError } from "@/test/factories";
import { loopExecutor } from "./loop";
import { configOf, nodeContext } from "./test-context";

const scope = {
  nodes: {
    fetch: {
      output: { items: [{ price: 5 }, { price: 15 }, { price: 25 }], total: 3, name: "list" },
      status: "succeeded",
    },
  },
};
const run = (items: string, maxIterations?: number) =>
  loopExecutor(nodeContext({ scope }), configOf("loop", { items, maxIterations }));

describe("loop", () => {
  it("outputs the list and its length", async () => {
    await expect(run("nodes.fetch.output.items")).resolves.toEqual({
      kind: "done",
      output: { items: [{ price: 5 }, { price: 15 }, { price: 25 }], count: 3, total: 3, truncated: false },
    });
  });

  it("cuts the list at maxIterations and says so", async () => {
    await expect(run("nodes.fetch.output.items.price", 2)).resolves.toEqual({
      kind: "done",
      output: { items: [5, 15], count: 2, total: 3, truncated: true },
    });
  });

  it("reads a path or filter that matches nothing as an empty list", async () => {
    await expect(run("nodes.fetch.output.items[price > 100]")).resolves.toMatchObject({
      output: { items: [], count: 0, truncated: false },
    });
  });

  it("refuses a value that is not a list, saying what it was", async () => {
    const number = await appError(run("nodes.fetch.output.total"));
    expect(number.code).toBe("BAD_REQUEST");
    expect(number.message).toBe('The loop needs a list to go over, but "nodes.fetch.output.total" gave a number.');
    await expect(run("nodes.fetch.output.name")).rejects.toThrow(/gave text\.$/);
    await expect(run("null")).rejects.toThrow(/gave null\.$/);
  });

  it("suggests [] when a filter's single match came back as an object", async () => {
    const error = await appError(run("nodes.fetch.output.items[price > 20]"));
    expect(error.message).toBe(
      'The loop needs a list to go over, but "nodes.fetch.output.items[price > 20]" gave an object. ' +
        "If it filters a list, add [] to keep one match a list: items[price > 10][].",
    );
    await expect(run("nodes.fetch.output.items[price > 20][]")).resolves.toMatchObject({ output: { count: 1 } });
  });

  it("fails with the expression's error", async () => {
    await expect(run("nodes.fetch.output.items[")).rejects.toBeInstanceOf(ExpressionError);
  });
});
