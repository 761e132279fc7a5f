import { describe, expect, it } from "vitest";
import { edge, graph, node, start, step } from "@/lib/workflow/fixtures";
import { RunState, type StepRecord } from "./frontier";
import { indexGraph } from "./graph-index";

const NOW = new Date("2026-01-01T12:00:00Z");

const done = (nodeId: string, output: unknown = null, extra: Partial<StepRecord> = {}): StepRecord => ({
  nodeId,
  frame: "",
  attempt: 1,
  status: "succeeded",
  handles: null,
  output,
  error: null,
  resumeAt: null,
  decided: false,
  finishedAt: NOW,
  ...extra,
});

const ready = (state: RunState) => state.frontier(NOW).ready.map((r) => `${r.nodeId}@${r.frame}#${r.attempt}`);

const branching = indexGraph(
  graph(
    [
      start(),
      node("check", "condition", { expression: "input.vip" }),
      step("yes", "'vip'"),
      step("no", "'regular'"),
      node("join", "merge", { mode: "all" }),
      node("result", "output", { value: "{{ nodes.join.output }}" }),
    ],
    [
      edge("start", "check"),
      edge("check", "yes", "true"),
      edge("check", "no", "false"),
      edge("yes", "join"),
      edge("no", "join"),
      edge("join", "result"),
    ],
  ),
);

describe("the run frontier", () => {
  it("starts at the trigger and walks one step at a time as steps commit", () => {
    expect(ready(new RunState(branching, []))).toEqual(["start@#1"]);
    expect(ready(new RunState(branching, [done("start")]))).toEqual(["check@#1"]);
  });

  it("skips the branch not taken without writing it, and a merge waits only for live paths", () => {
    const state = new RunState(branching, [done("start"), done("check", { value: true }, { handles: ["true"] })]);
    expect(ready(state)).toEqual(["yes@#1"]);
    const after = new RunState(branching, [
      done("start"),
      done("check", { value: true }, { handles: ["true"] }),
      done("yes", "vip"),
    ]);
    expect(ready(after)).toEqual(["join@#1"]);
    expect(after.nodeState("no", "")).toBe("resolved");
  });

  it("is done with the output step's value once nothing is left to run", () => {
    const state = new RunState(branching, [
      done("start"),
      done("check", null, { handles: ["false"] }),
      done("no", "regular"),
      done("join", { inputs: { no: "regular" } }),
      done("result", "regular"),
    ]);
    expect(state.frontier(NOW)).toMatchObject({ ready: [], done: true, failed: null });
    expect(state.output()).toBe("regular");
  });

  it("waits out a retry's backoff, then offers the next attempt; a failure for good fails the run", () => {
    const chain = indexGraph(
      graph(
        [
          start(),
          node(
            "call",
            "transform",
            { expression: "1" },
            { retry: { attempts: 3, backoffMs: 1000, maxBackoffMs: 8000 } },
          ),
        ],
        [edge("start", "call")],
      ),
    );
    const later = new Date(NOW.getTime() + 5000);
    const retrying = new RunState(chain, [
      done("start"),
      done("call", null, { status: "failed", error: "boom", resumeAt: later }),
    ]);
    expect(retrying.frontier(NOW)).toMatchObject({ ready: [], wakeAt: later, done: false, failed: null });
    expect(retrying.frontier(new Date(later.getTime() + 1)).ready).toEqual([
      { nodeId: "call", frame: "", attempt: 2, resume: false },
    ]);
    const gaveUp = new RunState(chain, [
      done("start"),
      done("call", null, { status: "failed", error: "boom", attempt: 3 }),
    ]);
    expect(gaveUp.frontier(NOW).failed).toEqual({ nodeId: "call", frame: "", error: "boom" });
  });

  it("goes on past a failure set to continue (with its default) or down the error branch", () => {
    const g = indexGraph(
      graph(
        [
          start(),
          node("risky", "transform", { expression: "1" }, { onError: { mode: "branch" } }),
          step("fine", "1"),
          step("recover", "1"),
        ],
        [edge("start", "risky"), edge("risky", "fine"), edge("risky", "recover", "error")],
      ),
    );
    const failed = new RunState(g, [done("start"), done("risky", null, { status: "failed", error: "x" })]);
    expect(ready(failed)).toEqual(["recover@#1"]);
    expect(failed.nodeState("fine", "")).toBe("resolved");

    const soft = indexGraph(
      graph(
        [
          start(),
          node("risky", "transform", { expression: "1" }, { onError: { mode: "continue", default: 7 } }),
          step("next", "nodes.risky.output"),
        ],
        [edge("start", "risky"), edge("risky", "next")],
      ),
    );
    const continued = new RunState(soft, [done("start"), done("risky", null, { status: "failed", error: "x" })]);
    expect(ready(continued)).toEqual(["next@#1"]);
    expect(continued.scope("next", "", {}).nodes.risky?.output).toBe(7);
  });

  it("resumes a waiting step when it is decided or its timer is due, and sleeps until then", () => {
    const g = indexGraph(
      graph(
        [start(), node("ok", "approval", { message: "Approve?", timeoutMinutes: 60 }), step("after")],
        [edge("start", "ok"), edge("ok", "after", "approved")],
      ),
    );
    const due = new Date(NOW.getTime() + 3_600_000);
    const waiting = done("ok", { wait: {} }, { status: "waiting", resumeAt: due, finishedAt: null });
    expect(new RunState(g, [done("start"), waiting]).frontier(NOW)).toMatchObject({
      ready: [],
      waiting: 1,
      wakeAt: due,
    });
    expect(ready(new RunState(g, [done("start"), { ...waiting, decided: true }]))).toEqual(["ok@#1"]);
  });

  it("runs a loop's body once per item, one iteration after another, with item and index in scope", () => {
    const g = indexGraph(
      graph(
        [
          start(),
          node("each", "loop", { items: "input.names", maxIterations: 10 }),
          step("greet", "'Hi ' & item"),
          node("result", "output", { value: "{{ nodes.each.output.results }}" }),
        ],
        [
          edge("start", "each"),
          edge("each", "greet", "body"),
          edge("greet", "each", "out", "continue"),
          edge("each", "result", "done"),
        ],
      ),
    );
    const looped = done("each", { items: ["Ana", "Bo"], count: 2 });
    const first = new RunState(g, [done("start"), looped]);
    expect(ready(first)).toEqual(["greet@0#1"]);
    expect(first.scope("greet", "0", {})).toMatchObject({ item: "Ana", index: 0 });
    const second = new RunState(g, [done("start"), looped, { ...done("greet", "Hi Ana"), frame: "0" }]);
    expect(ready(second)).toEqual(["greet@1#1"]);
    const finished = new RunState(g, [
      done("start"),
      looped,
      { ...done("greet", "Hi Ana"), frame: "0" },
      { ...done("greet", "Hi Bo"), frame: "1" },
    ]);
    expect(ready(finished)).toEqual(["result@#1"]);
    expect(finished.scope("result", "", {}).nodes.each?.output).toMatchObject({ results: ["Hi Ana", "Hi Bo"] });
  });

  it("takes the Done path at once for an empty list", () => {
    const g = indexGraph(
      graph(
        [
          start(),
          node("each", "loop", { items: "input.names" }),
          step("body"),
          node("result", "output", { value: "none" }),
        ],
        [
          edge("start", "each"),
          edge("each", "body", "body"),
          edge("body", "each", "out", "continue"),
          edge("each", "result", "done"),
        ],
      ),
    );
    expect(ready(new RunState(g, [done("start"), done("each", { items: [], count: 0 })]))).toEqual(["result@#1"]);
  });

  it("lets a first-wins merge go on with the first path and ignore the rest", () => {
    const g = indexGraph(
      graph(
        [start(), node("fan", "parallel", {}), step("fast"), step("slow"), node("join", "merge", { mode: "first" })],
        [
          edge("start", "fan"),
          edge("fan", "fast", "branch_1"),
          edge("fan", "slow", "branch_2"),
          edge("fast", "join"),
          edge("slow", "join"),
        ],
      ),
    );
    expect(ready(new RunState(g, [done("start"), done("fan"), done("fast")]))).toEqual(["slow@#1", "join@#1"]);
  });

  it("starts vars with the workflow's variables, and a Set variable step overrides them", () => {
    const g = indexGraph(
      graph(
        [start(), node("set", "set_variable", { name: "tone", value: "'bold'" }), step("use", "vars.tone")],
        [edge("start", "set"), edge("set", "use")],
        { tone: "calm", region: "EU" },
      ),
    );
    expect(new RunState(g, [done("start")]).scope("set", "", {}).vars).toEqual({ tone: "calm", region: "EU" });
    const after = new RunState(g, [done("start"), done("set", { name: "tone", value: "bold" })]);
    expect(after.scope("use", "", {}).vars).toEqual({ tone: "bold", region: "EU" });
  });
});
