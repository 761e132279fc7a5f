import { describe, expect, it } from "vitest";
import { matchTemplateDescription, normalizeDescription } from "./describe-match";
import { WORKFLOW_TEMPLATES, workflowTemplate } from "./templates";

const weekly = workflowTemplate("weekly_client_report")!;

describe("normalizeDescription", () => {
  it("ignores case, accents, apostrophes, punctuation and spacing", () => {
    expect(normalizeDescription("  Last WEEK’s   café-numbers, at 8:00! ")).toBe("last weeks cafe numbers at 8 00");
    expect(normalizeDescription("last week's cafe numbers at 8 00")).toBe("last weeks cafe numbers at 8 00");
  });
});

describe("matchTemplateDescription", () => {
  it("finds each template from its own description and from its name", () => {
    for (const template of WORKFLOW_TEMPLATES) {
      expect(matchTemplateDescription(template.description)?.id).toBe(template.id);
      expect(matchTemplateDescription(template.name)?.id).toBe(template.id);
    }
  });

  it("forgives case, punctuation and spacing", () => {
    const shouted = weekly.description.toUpperCase().replace(/[,.;]/g, "  ");
    expect(matchTemplateDescription(shouted)?.id).toBe(weekly.id);
    expect(matchTemplateDescription(`  ${weekly.name.toLowerCase()}.  `)?.id).toBe(weekly.id);
  });

  it("forgives a typo or a dropped word in a description, one word in ten", () => {
    const typo = weekly.description.replace("summary", "sumary");
    const dropped = weekly.description.replace("the summary", "summary");
    expect(matchTemplateDescription(typo)?.id).toBe(weekly.id);
    expect(matchTemplateDescription(dropped)?.id).toBe(weekly.id);
  });

  it("refuses anything further off: free text, half a description, a name with a word changed", () => {
    expect(matchTemplateDescription("Send a thank-you email to every new client on Fridays")).toBeNull();
    const half = weekly.description.split(" ").slice(0, 10).join(" ");
    expect(matchTemplateDescription(half)).toBeNull();
    expect(matchTemplateDescription("Weekly client reports")).toBeNull();
    expect(matchTemplateDescription("Monthly client report")).toBeNull();
    expect(matchTemplateDescription("   ...  ")).toBeNull();
  });

  it("picks the closest template when several are within reach", () => {
    const a = { ...weekly, id: "a", name: "A", description: "one two three four five six seven eight nine ten" };
    const b = { ...weekly, id: "b", name: "B", description: "one two three four five six seven eight nine eleven" };
    expect(matchTemplateDescription("one two three four five six seven eight nine eleven", [a, b])?.id).toBe("b");
  });
});
