import { describe, expect, it } from "vitest";
import { edge, graph, node, start, step } from "./fixtures";
import { InvalidGraphError } from "./graph-error";
import { buildPlan } from "./plan";

describe("buildPlan", () => {
  it("orders a diamond, lists connections in and out by handle, and leaves notes out", () => {
    const plan = buildPlan(
      graph(
        [
          node("memo", "note", { text: "hi" }),
          node("fork", "parallel", {}),
          start(),
          step("left", "input.a"),
          step("right"),
          node("join", "merge", {}, { retry: { attempts: 3, backoffMs: 100, maxBackoffMs: 400 } }),
        ],
        [
          edge("start", "fork"),
          edge("fork", "right", "branch_2"),
          edge("fork", "left", "branch_1"),
          edge("left", "join"),
          edge("right", "join"),
        ],
        { tone: "warm" },
      ),
    );
    expect(plan.triggerId).toBe("start");
    expect(plan.order).toEqual(["start", "fork", "left", "right", "join"]);
    expect(plan.nodes.memo).toBeUndefined();
    expect(plan.nodes.constructor).toBeUndefined();
    expect(plan.nodes.join?.outgoing.toString).toBeUndefined();
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
    expect(plan.variables).toEqual({ tone: "warm" });

    const fork = plan.nodes.fork!;
    expect(fork.type === "parallel" && fork.config.branches).toBe(2);
    expect(Object.keys(fork.outgoing)).toEqual(["branch_1", "branch_2"]);
    expect(fork.outgoing.branch_2?.map((e) => e.target)).toEqual(["right"]);

    const join = plan.nodes.join!;
    expect(join.incoming.map((e) => e.source)).toEqual(["left", "right"]);
    expect(join.outgoing).toEqual({ out: [] });
    expect(join.retry).toEqual({ attempts: 3, backoffMs: 100, maxBackoffMs: 400 });
    expect(join.onError).toEqual({ mode: "fail" });
    expect(join.timeoutMs).toBeNull();
    expect(plan.nodes.left?.references).toEqual([]);
  });

  it("parses configs, flags side effects and records references", () => {
    const plan = buildPlan(
      graph(
        [
          start(),
          node("ask", "llm", { prompt: "Hi" }),
          node("mail", "email", { to: "a@b.test", subject: "{{ nodes.ask.output }}", body: "{{ nodes.ask.output }}" }),
        ],
        [edge("start", "ask"), edge("ask", "mail")],
      ),
    );
    const ask = plan.nodes.ask!;
    expect(ask.type === "llm" && ask.config.temperature).toBe(0.7);
    expect(ask.sideEffects).toBe(true);
    expect(plan.nodes.start?.sideEffects).toBe(false);
    expect(plan.nodes.mail?.references).toEqual(["ask"]);
  });

  it("describes loops: body in order, Continue connections, innermost loop per step", () => {
    const plan = buildPlan(
      graph(
        [
          start(),
          node("outer", "loop", { items: "input.clients" }),
          node("inner", "loop", { items: "item.posts" }),
          step("draft", "item"),
          step("tally"),
          node("report", "output", { value: "done" }),
        ],
        [
          edge("start", "outer"),
          edge("outer", "inner", "body"),
          edge("inner", "draft", "body"),
          edge("draft", "inner", "out", "continue"),
          edge("inner", "tally", "done"),
          edge("tally", "outer", "out", "continue"),
          edge("outer", "report", "done"),
        ],
      ),
    );
    expect(plan.order).toEqual(["start", "outer", "inner", "draft", "tally", "report"]);
    expect(plan.loops).toEqual({
      outer: {
        body: ["inner", "draft", "tally"],
        continueFrom: [expect.objectContaining({ source: "tally", targetHandle: "continue" })],
      },
      inner: { body: ["draft"], continueFrom: [expect.objectContaining({ source: "draft" })] },
    });
    expect(Object.fromEntries(plan.order.map((id) => [id, plan.nodes[id]?.loopId]))).toEqual({
      start: null,
      outer: null,
      inner: "outer",
      draft: "inner",
      tally: "outer",
      report: null,
    });
    // The Continue connection is an outgoing connection of the body's last step, never an incoming one of the loop.
    expect(plan.nodes.draft?.outgoing.out?.map((e) => e.targetHandle)).toEqual(["continue"]);
    expect(plan.nodes.inner?.incoming.map((e) => e.source)).toEqual(["outer"]);
  });

  it("throws the validation errors for a graph with problems", () => {
    const broken = graph([start(), step("a")]);
    expect(() => buildPlan(broken)).toThrow(InvalidGraphError);
    try {
      buildPlan(broken);
    } catch (error) {
      expect((error as InvalidGraphError).errors.map((e) => e.code)).toEqual(["unreachable"]);
      expect((error as Error).message).toMatch(/^The workflow has a problem: 'a' is not connected/);
    }
  });
});
