import { describe, expect, it } from "vitest";
import { ExpressionError } from "@/lib/workflow/expression";
import { outputExecutor } from "./output";
import { configOf, nodeContext } from "./test-context";

const scope = { nodes: { draft: { output: { subject: "Hi", body: "Hello Ada" }, status: "succeeded" } } };
const run = (value: string) => outputExecutor(nodeContext({ scope }), configOf("output", { value }));

describe("output", () => {
  it("returns a lone expression's value with its type", async () => {
    await expect(run("{{ nodes.draft.output }}")).resolves.toEqual({
      kind: "done",
      output: { subject: "Hi", body: "Hello Ada" },
    });
  });

  it("fills in a template as text", async () => {
    await expect(run("Subject: {{ nodes.draft.output.subject }}")).resolves.toEqual({
      kind: "done",
      output: "Subject: Hi",
    });
    await expect(run("Plain text")).resolves.toEqual({ kind: "done", output: "Plain text" });
  });

  it("returns null for a lone expression that matches nothing", async () => {
    await expect(run("{{ nodes.draft.output.missing }}")).resolves.toEqual({ kind: "done", output: null });
  });

  it("fails with the template's error", async () => {
    await expect(run("{{ nodes.draft.output")).rejects.toBeInstanceOf(ExpressionError);
  });
});
