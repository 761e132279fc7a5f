import { describe, expect, it } from "vitest";
import { edge, graph, node, start, step } from "@/lib/workflow/fixtures";
import { defaultSampleScope, isInLoopBody, parseSampleScope, sampleInput, upstreamStepIds } from "./step-test-scope";

const WORKFLOW = "wf_1";

describe("upstreamStepIds", () => {
  it("lists every step on a path to the step, trigger first, and nothing after or beside it", () => {
    const g = graph(
      [step("c"), step("a"), start(), step("b"), step("after"), step("beside"), node("memo", "note")],
      [edge("start", "a"), edge("a", "b"), edge("start", "c"), edge("b", "after"), edge("start", "beside")],
    );
    expect(upstreamStepIds(g, "b")).toEqual(["start", "a"]);
    expect(upstreamStepIds(g, "after")).toEqual(["start", "a", "b"]);
    expect(upstreamStepIds(g, "start")).toEqual([]);
  });

  it("does not follow a loop's Continue connection back upstream", () => {
    const g = graph(
      [start(), node("each", "loop", { items: "input.rows" }), step("body"), step("done")],
      [
        edge("start", "each"),
        edge("each", "body", "body"),
        edge("body", "each", "out", "continue"),
        edge("each", "done", "done"),
      ],
    );
    expect(upstreamStepIds(g, "body")).toEqual(["start", "each"]);
    expect(upstreamStepIds(g, "each")).toEqual(["start"]);
    expect(isInLoopBody(g, "body")).toBe(true);
    expect(isInLoopBody(g, "done")).toBe(false);
  });

  it("keeps steps on a cycle without looping forever", () => {
    const g = graph([start(), step("a"), step("b")], [edge("start", "a"), edge("a", "b"), edge("b", "a")]);
    expect(upstreamStepIds(g, "b").sort()).toEqual(["a", "start"]);
  });
});

describe("sampleInput", () => {
  it("fills the manual trigger's fields with empty values of their type", () => {
    const trigger = node("start", "trigger.manual", {
      inputSchema: {
        type: "object",
        properties: {
          product: { type: "string" },
          count: { type: "integer" },
          urgent: { type: "boolean" },
          tone: { type: "string", enum: ["warm", "dry"] },
          tags: { type: "array", items: { type: "string" } },
        },
      },
    });
    expect(sampleInput(graph([trigger]))).toEqual({ product: "", count: 0, urgent: false, tone: "warm", tags: null });
  });

  it("gives a webhook its request and anything else an empty object", () => {
    expect(sampleInput(graph([node("hook", "trigger.webhook", {})]))).toEqual({ body: {}, query: {}, headers: {} });
    expect(sampleInput(graph([start()]))).toEqual({});
    expect(sampleInput(graph([step("a")]))).toEqual({});
  });
});

describe("defaultSampleScope", () => {
  it("puts the input under the trigger's output and null under the other earlier steps", () => {
    const trigger = node("start", "trigger.manual", {
      inputSchema: { type: "object", properties: { name: { type: "string" } } },
    });
    const g = graph([trigger, step("a"), step("b")], [edge("start", "a"), edge("a", "b")], { greeting: "Hi" });
    expect(defaultSampleScope(g, "b")).toEqual({
      input: { name: "" },
      nodes: { start: { output: { name: "" } }, a: { output: null } },
      vars: { greeting: "Hi" },
    });
  });

  it("adds a loop item inside a loop's body", () => {
    const g = graph(
      [start(), node("each", "loop", { items: "input.rows" }), step("body")],
      [edge("start", "each"), edge("each", "body", "body")],
    );
    expect(defaultSampleScope(g, "body")).toEqual({
      input: {},
      nodes: { start: { output: {} }, each: { output: null } },
      item: null,
      index: 0,
    });
  });

  it("round-trips through parseSampleScope", () => {
    const g = graph([start(), step("a")], [edge("start", "a")]);
    const text = JSON.stringify(defaultSampleScope(g, "a"), null, 2);
    expect(parseSampleScope(text, WORKFLOW, "a")).toEqual({
      ok: true,
      request: {
        workflowId: WORKFLOW,
        nodeId: "a",
        scope: { input: {}, nodes: { start: { output: {}, status: "succeeded" } } },
      },
    });
  });
});

describe("parseSampleScope", () => {
  const fails = (text: string) => {
    const result = parseSampleScope(text, WORKFLOW, "a");
    if (result.ok) throw new Error(`expected ${text} to be refused`);
    return result.message;
  };

  it("refuses text that is not JSON, saying where", () => {
    expect(fails('{ "input": ')).toMatch(/^This is not valid JSON: /);
    expect(fails("   ")).toMatch(/^Write a JSON object with input, nodes/);
  });

  it("refuses anything but an object with the known keys", () => {
    expect(fails("[1, 2]")).toBe(
      "The sample input must be a JSON object with input, nodes, vars, item and index, not a list.",
    );
    expect(fails('{ "inputs": {} }')).toBe(
      'Remove "inputs": the sample input holds only input, nodes, vars, item and index.',
    );
  });

  it("says what is wrong with an earlier step's entry", () => {
    expect(fails('{ "nodes": [] }')).toMatch(/^"nodes" must be an object of earlier steps by id/);
    expect(fails('{ "nodes": { "fetch": 3 } }')).toBe(
      'At nodes.fetch: write the step\'s result as { "output": … }, not a number.',
    );
    expect(fails('{ "nodes": { "fetch": { "outptu": 3 } } }')).toBe(
      'At nodes.fetch: remove "outptu"; a step\'s entry holds only "output" and "status".',
    );
    expect(fails('{ "nodes": { "fetch": {} } }')).toBe('At nodes.fetch: add the step\'s "output" (null will do).');
  });

  it("passes on the server schema's word for the rest, by path", () => {
    expect(fails('{ "vars": [] }')).toBe('"vars" must be an object of variables by name, e.g. { "count": 1 }.');
    expect(fails('{ "index": -1 }')).toBe('"index" must be a whole number from 0 (the loop item\'s position).');
    expect(fails('{ "nodes": { "fetch": { "output": 1, "status": 2 } } }')).toMatch(/^At nodes\.fetch\.status: /);
    expect(fails(JSON.stringify({ input: { text: "x".repeat(260_000) } }))).toBe(
      "The sample input is too large: at most 256,000 characters as JSON.",
    );
  });

  it("keeps a step's status when one is given", () => {
    const result = parseSampleScope('{ "nodes": { "fetch": { "output": null, "status": "failed" } } }', WORKFLOW, "a");
    expect(result).toEqual({
      ok: true,
      request: { workflowId: WORKFLOW, nodeId: "a", scope: { nodes: { fetch: { output: null, status: "failed" } } } },
    });
  });
});
