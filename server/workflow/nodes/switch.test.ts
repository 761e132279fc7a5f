import { describe, expect, it } from "vitest";
import { ExpressionError } from "@/lib/workflow/expression";
import { switchExecutor } from "./switch";
import { configOf, nodeContext } from "./test-context";

const config = configOf("switch", {
  cases: [
    { id: "germany", label: "Germany", expression: "input.country = 'DE'" },
    { id: "big", label: "Big deal", expression: "input.amount > 1000" },
    { id: "europe", label: "Europe", expression: "input.country in ['DE', 'FR', 'NL']" },
  ],
});
const run = (input: unknown, cfg = config) => switchExecutor(nodeContext({ scope: { input } }), cfg);

describe("switch", () => {
  it("takes the first case that applies, in order", async () => {
    await expect(run({ country: "DE", amount: 5000 })).resolves.toEqual({
      kind: "done",
      output: { case: "germany" },
      handles: ["germany"],
    });
    await expect(run({ country: "FR", amount: 5000 })).resolves.toMatchObject({ handles: ["big"] });
    await expect(run({ country: "NL", amount: 10 })).resolves.toMatchObject({ handles: ["europe"] });
  });

  it("takes default when no case applies", async () => {
    await expect(run({ country: "US", amount: 10 })).resolves.toEqual({
      kind: "done",
      output: { case: "default" },
      handles: ["default"],
    });
    // A missing field matches nothing: the cases are false, not errors.
    await expect(run({})).resolves.toMatchObject({ handles: ["default"] });
  });

  it("does not evaluate the cases after the one taken", async () => {
    const broken = configOf("switch", {
      cases: [
        { id: "first", label: "First", expression: "true" },
        { id: "second", label: "Second", expression: "$nope()" },
      ],
    });
    await expect(run({}, broken)).resolves.toMatchObject({ handles: ["first"] });
  });

  it("fails with the expression's error when a case it reaches cannot be evaluated", async () => {
    const broken = configOf("switch", {
      cases: [
        { id: "first", label: "First", expression: "false" },
        { id: "second", label: "Second", expression: "$nope()" },
      ],
    });
    await expect(run({}, broken)).rejects.toBeInstanceOf(ExpressionError);
  });
});
