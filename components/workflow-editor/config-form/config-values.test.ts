import { describe, expect, it } from "vitest";
import { collectIssues, fitsField, issuesUnder, messagesOf, withKey } from "./config-values";
import { type FieldDescriptor } from "./field-descriptors";

describe("withKey", () => {
  it("sets, removes and keeps the same object for a no-op", () => {
    const config = { a: 1, b: "x" };
    expect(withKey(config, "a", 2)).toEqual({ a: 2, b: "x" });
    expect(withKey(config, "a", undefined)).toEqual({ b: "x" });
    expect(withKey(config, "a", 1)).toBe(config);
    expect(withKey(config, "c", undefined)).toBe(config);
  });
});

describe("fitsField", () => {
  const number = { key: "n", scope: "n", label: "N", optional: true, kind: "number", integer: true } as FieldDescriptor;
  it("accepts the input's own type or nothing", () => {
    expect(fitsField(number, 3)).toBe(true);
    expect(fitsField(number, undefined)).toBe(true);
    expect(fitsField(number, "3")).toBe(false);
  });
});

describe("collectIssues", () => {
  it("joins the schema's issues with the graph's other config problems, without the label prefix", () => {
    const issues = collectIssues(
      [{ path: "cases.0.label", message: "Give the case a label." }],
      [
        { nodeId: "s", field: "config.cases.0.label", code: "invalid_config", message: "'S': Give the case a label." },
        { nodeId: "s", field: "config.cases.1.expression", code: "expression_syntax", message: "'S': Expected )." },
        { nodeId: "s", code: "unreachable", message: "'S' is never reached." },
      ],
      "S",
    );
    expect(issues).toEqual([
      { path: ["cases", "0", "label"], message: "Give the case a label." },
      { path: ["cases", "1", "expression"], message: "Expected ).", code: "expression_syntax" },
    ]);
    const cases = issuesUnder(issues, "cases");
    expect(messagesOf(issuesUnder(cases, 0))).toEqual([]);
    expect(messagesOf(issuesUnder(issuesUnder(cases, 0), "label"))).toEqual(["Give the case a label."]);
    expect(messagesOf(cases, true)).toEqual(["0.label: Give the case a label.", "1.expression: Expected )."]);
  });
});
