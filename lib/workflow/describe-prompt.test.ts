import { describe, expect, it } from "vitest";
import { describeSystemPrompt, nodeCatalogue, repairPrompt } from "./describe-prompt";
import { NODE_TYPE_NAMES } from "./node-types";

describe("describe prompts", () => {
  it("lists every node type but the sub-workflow, with handles and config fields", () => {
    const catalogue = nodeCatalogue();
    for (const type of NODE_TYPE_NAMES.filter((name) => name !== "sub_workflow"))
      expect(catalogue).toContain(`### ${type} — `);
    expect(catalogue).not.toContain("### sub_workflow");
    expect(catalogue).toContain("inputs: in; outputs: true, false");
    expect(catalogue).toContain("inputs: in, continue; outputs: body, done");
    expect(catalogue).toMatch(/### email — Send email\n.*\n.*\nconfig: \{"type":"object","properties":\{"to":/);
  });

  it("names the agency's agents by role and id, and says when there are none", () => {
    const prompt = describeSystemPrompt({
      agentName: "Chief of Staff",
      agencyName: "Acme",
      agents: [{ id: "agent_1", name: "Numbers", template: "analytics", description: "Explains KPIs." }],
    });
    expect(prompt).toMatch(/^You are the Chief of Staff at Acme\./);
    expect(prompt).toContain('- Numbers: agentId "role:analytics" or "agent_1" — Explains KPIs.');
    expect(describeSystemPrompt({ agentName: "Ada", agencyName: "", agents: [] })).toContain(
      "(none: do not use agent steps",
    );
  });

  it("sends every problem back, up to twenty", () => {
    const problems = Array.from({ length: 25 }, (_, i) => ({ message: `Problem ${i + 1}.` }));
    const prompt = repairPrompt(problems);
    expect(prompt).toMatch(/^That draft has 25 problems:\n- Problem 1\./);
    expect(prompt).toContain("- Problem 20.");
    expect(prompt).not.toContain("- Problem 21.");
  });
});
