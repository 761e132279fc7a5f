import { describe, expect, it } from "vitest";
import { edge, graph, node, start } from "@/lib/workflow/fixtures";
import { draftProblems, draftSteps, triggerNode } from "./draft-summary";

describe("draftSteps", () => {
  it("lists a sound draft in run order with each step's type, notes last", () => {
    const draft = graph(
      [
        node("done", "output", { value: "{{ nodes.fetch.output }}" }, { name: "Result" }),
        node("memo", "note", { text: "Read me" }),
        node("fetch", "http", { url: "https://api.example.com" }, { name: "Fetch posts" }),
        start(),
      ],
      [edge("start", "fetch"), edge("fetch", "done")],
    );
    expect(draftSteps(draft)).toEqual([
      { id: "start", label: "start", typeLabel: "Run by hand" },
      { id: "fetch", label: "Fetch posts", typeLabel: "HTTP request" },
      { id: "done", label: "Result", typeLabel: "Output" },
      { id: "memo", label: "memo", typeLabel: "Note" },
    ]);
  });

  it("keeps the stored order of a draft with problems, and names unknown types", () => {
    const draft = graph([node("odd", "ftp"), start()], [edge("start", "odd")]);
    expect(draftSteps(draft)).toEqual([
      { id: "odd", label: "odd", typeLabel: 'Unknown step type "ftp"' },
      { id: "start", label: "start", typeLabel: "Run by hand" },
    ]);
  });
});

describe("draftProblems", () => {
  it("puts each problem on the name of its step", () => {
    const draft = graph(
      [start(), node("mail", "email", { to: "", subject: "Hi", body: "Hello" }, { name: "Send the news" })],
      [edge("start", "mail")],
    );
    const problems = draftProblems(draft);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ step: "Send the news" });
    expect(problems[0]?.message).toContain("Enter who gets the email");
  });

  it("has none for a sound draft, and graph-wide problems have no step", () => {
    expect(draftProblems(graph([start()]))).toEqual([]);
    expect(draftProblems(graph([node("x", "transform", { expression: "1" })]))).toEqual(
      expect.arrayContaining([expect.objectContaining({ step: null })]),
    );
  });
});

describe("triggerNode", () => {
  it("finds the trigger wherever it is", () => {
    expect(triggerNode(graph([node("x", "note"), node("hook", "trigger.webhook")]))?.id).toBe("hook");
    expect(triggerNode(graph([node("x", "note")]))).toBeUndefined();
  });
});
