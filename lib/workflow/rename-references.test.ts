import { describe, expect, it } from "vitest";
import { renameStepReferences } from "./rename-references";

const renames = new Map([
  ["fetch", "fetch_2"],
  ["score", "score_2"],
]);

describe("renameStepReferences", () => {
  it("points references to renamed steps at their new ids, in templates, expressions and nested config", () => {
    const config = {
      prompt: "Summarise {{ nodes.fetch.output.items[0].title }} for {{ input.client }}.",
      expression: "nodes.score.output > 10 and nodes.`fetch`.status = 'succeeded'",
      cases: [{ id: "vip", expression: "nodes.score.output > 100" }],
      retries: 3,
    };
    expect(renameStepReferences(config, renames)).toEqual({
      prompt: "Summarise {{ nodes.fetch_2.output.items[0].title }} for {{ input.client }}.",
      expression: "nodes.score_2.output > 10 and nodes.`fetch_2`.status = 'succeeded'",
      cases: [{ id: "vip", expression: "nodes.score_2.output > 100" }],
      retries: 3,
    });
  });

  it("leaves steps that were not renamed, and ids that only start like a renamed one", () => {
    const config = { value: "{{ nodes.other.output }} {{ nodes.fetcher.output }} {{ nodes.score_total.output }}" };
    expect(renameStepReferences(config, renames)).toEqual(config);
  });
});
