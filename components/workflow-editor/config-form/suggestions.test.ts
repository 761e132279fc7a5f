import { describe, expect, it } from "vitest";
import { edge, graph, node } from "@/lib/workflow/fixtures";
import {
  applySuggestion,
  completionAt,
  expressionSuggestions,
  matchSuggestions,
  upstreamSteps,
  type Suggestion,
} from "./suggestions";

const flow = graph(
  [
    node("start", "trigger.manual"),
    node("fetch", "http", { url: "https://example.com" }, { name: "Fetch leads" }),
    node("remember", "set_variable", { name: "total", value: "1" }),
    node("each", "loop", { items: "nodes.fetch.output" }),
    node("score", "llm", { prompt: "x" }),
    node("after", "output", { value: "x" }),
    node("aside", "transform", { expression: "1" }),
    node("memo", "note", { text: "hi" }),
  ],
  [
    edge("start", "fetch"),
    edge("memo", "fetch"),
    edge("fetch", "remember"),
    edge("remember", "each"),
    edge("each", "score", "body"),
    edge("score", "each", "out", "continue"),
    edge("each", "after", "done"),
  ],
  { token: "abc" },
);

describe("upstreamSteps", () => {
  it("walks connections backwards, nearest first, without notes, loop-backs or the step itself", () => {
    expect(upstreamSteps(flow, "each")).toEqual(["remember", "fetch", "start"]);
    expect(upstreamSteps(flow, "after")).toEqual(["each", "remember", "fetch", "start"]);
    expect(upstreamSteps(flow, "aside")).toEqual([]);
  });
});

describe("expressionSuggestions", () => {
  it("offers earlier steps' outputs, the input and variables", () => {
    const inserts = expressionSuggestions(flow, "after").map((s) => s.insert);
    expect(inserts).toEqual([
      "nodes.each.output",
      "nodes.remember.output",
      "nodes.fetch.output",
      "nodes.start.output",
      "input.",
      "vars.",
      "vars.token",
      "vars.total",
    ]);
    expect(expressionSuggestions(flow, "after")[2]).toEqual({
      insert: "nodes.fetch.output",
      detail: "Fetch leads (HTTP request)",
    });
  });

  it("offers the loop item inside a loop's body only", () => {
    expect(expressionSuggestions(flow, "score").map((s) => s.insert)).toContain("item");
    expect(expressionSuggestions(flow, "after").map((s) => s.insert)).not.toContain("item");
  });
});

const all: Suggestion[] = [
  { insert: "nodes.fetch.output", detail: "" },
  { insert: "nodes.score.output", detail: "" },
  { insert: "input.", detail: "" },
  { insert: "vars.", detail: "" },
];
const at = (marked: string, mode: "template" | "expression") => {
  const caret = marked.indexOf("|");
  return { text: marked.replace("|", ""), caret, completion: completionAt(marked.replace("|", ""), caret, mode) };
};

describe("completion", () => {
  it("offers everything right after {{ and closes it on accept", () => {
    const { text, completion } = at("Hello {{|", "template");
    expect(completion).toMatchObject({ query: "", justOpened: true, unclosed: true });
    expect(matchSuggestions(all, completion!)).toHaveLength(4);
    expect(applySuggestion(text, completion!, all[0]!)).toEqual({
      text: "Hello {{ nodes.fetch.output }}",
      caret: "Hello {{ nodes.fetch.output".length,
    });
  });

  it("narrows by what is typed, and replaces the whole word", () => {
    const { text, completion } = at("{{ nodes.s|x }} and more", "template");
    expect(completion).toMatchObject({ query: "nodes.s", unclosed: false });
    expect(matchSuggestions(all, completion!).map((s) => s.insert)).toEqual(["nodes.score.output"]);
    expect(applySuggestion(text, completion!, all[1]!).text).toBe("{{ nodes.score.output }} and more");
  });

  it("offers nothing outside {{ }} in a template or inside quotes", () => {
    expect(at("plain no|", "template").completion).toBeNull();
    expect(at("{{ x }} no|", "template").completion).toBeNull();
    expect(at("country = 'no|", "expression").completion).toBeNull();
  });

  it("in an expression, offers names by prefix or, from two letters, by part", () => {
    expect(matchSuggestions(all, at("n|", "expression").completion!).map((s) => s.insert)).toEqual([
      "nodes.fetch.output",
      "nodes.score.output",
    ]);
    expect(matchSuggestions(all, at("fet|", "expression").completion!).map((s) => s.insert)).toEqual([
      "nodes.fetch.output",
    ]);
    expect(matchSuggestions(all, at("|", "expression").completion!)).toEqual([]);
    expect(matchSuggestions(all, at("|", "expression").completion!, true)).toHaveLength(4);
    expect(matchSuggestions(all, at("input.|", "expression").completion!)).toEqual([]);
  });
});
