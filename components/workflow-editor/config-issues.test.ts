import { describe, expect, it } from "vitest";
import { configIssues, formatJson, parseJson } from "./config-issues";

describe("configIssues", () => {
  it("lists each missing or wrong field with its path", () => {
    expect(configIssues("llm", {})).toEqual([
      { path: "prompt", message: "Write the prompt, e.g. Write three headlines for {{ input.product }}." },
    ]);
    const issues = configIssues("switch", { cases: [{ id: "Bad id", label: "", expression: "x" }] });
    expect(issues.map((issue) => issue.path)).toEqual(["cases.0.id", "cases.0.label"]);
  });

  it("names keys a strict config does not know", () => {
    expect(configIssues("llm", { prompt: "Hi", colour: "red" })).toEqual([expect.objectContaining({ path: "" })]);
  });

  it("is empty for a config that parses and for unknown types", () => {
    expect(configIssues("llm", { prompt: "Write a tagline" })).toEqual([]);
    expect(configIssues("telepathy", { anything: true })).toEqual([]);
  });
});

describe("parseJson", () => {
  it("reads JSON and says where it is not", () => {
    expect(parseJson('{ "a": 1 }')).toEqual({ ok: true, value: { a: 1 } });
    const bad = parseJson("{ a: 1 }");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/^This is not valid JSON: /);
  });

  it("formats a value for the box, an absent config as {}", () => {
    expect(formatJson({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(formatJson(undefined)).toBe("{}");
  });
});
