import { describe, expect, it } from "vitest";
import { defaultStepKey, groupSteps, stepSpan, type StepAttempt } from "./step-groups";

const at = (seconds: number) => new Date(Date.UTC(2026, 2, 1, 10, 0, seconds));

function attempt(nodeId: string, patch: Partial<StepAttempt> = {}): StepAttempt {
  return {
    nodeId,
    iteration: "",
    attempt: 1,
    status: "succeeded",
    startedAt: at(0),
    finishedAt: at(1),
    durationMs: 1_000,
    ...patch,
  };
}

describe("groupSteps", () => {
  it("groups attempts per node and iteration, steps in the order they first started", () => {
    const groups = groupSteps([
      attempt("draft", { attempt: 2, startedAt: at(5), status: "succeeded" }),
      attempt("start", { startedAt: at(0) }),
      attempt("draft", { attempt: 1, startedAt: at(1), status: "failed" }),
      attempt("each", { iteration: "1", startedAt: at(7) }),
      attempt("each", { iteration: "0", startedAt: at(6) }),
    ]);
    expect(groups.map((group) => group.key)).toEqual(["start#", "draft#", "each#0", "each#1"]);
    const draft = groups[1]!;
    expect(draft.attempts.map((step) => step.attempt)).toEqual([1, 2]);
    expect(draft.latest.status).toBe("succeeded");
  });
});

describe("stepSpan", () => {
  it("runs from the first attempt's start to the last attempt's end", () => {
    const [group] = groupSteps([
      attempt("draft", { attempt: 1, startedAt: at(1), finishedAt: at(2), status: "failed" }),
      attempt("draft", { attempt: 2, startedAt: at(4), finishedAt: at(9) }),
    ]);
    expect(stepSpan(group!, 0)).toEqual({ start: at(1).getTime(), end: at(9).getTime() });
  });

  it("counts a running or waiting step up to now", () => {
    const [group] = groupSteps([attempt("ok", { status: "waiting", startedAt: at(3), finishedAt: null })]);
    expect(stepSpan(group!, at(30).getTime())).toEqual({ start: at(3).getTime(), end: at(30).getTime() });
  });

  it("falls back to the recorded duration when a finished step has no end", () => {
    const [group] = groupSteps([
      attempt("x", { status: "failed", startedAt: at(3), finishedAt: null, durationMs: 400 }),
    ]);
    expect(stepSpan(group!, at(30).getTime())).toEqual({ start: at(3).getTime(), end: at(3).getTime() + 400 });
  });
});

describe("defaultStepKey", () => {
  const group = (key: string, status: string) => ({ key, latest: { status } as StepAttempt });
  it("prefers what is running, then waiting, then failed, then the last step", () => {
    expect(defaultStepKey([group("a", "succeeded"), group("b", "running"), group("c", "waiting")])).toBe("b");
    expect(defaultStepKey([group("a", "failed"), group("c", "waiting")])).toBe("c");
    expect(defaultStepKey([group("a", "succeeded"), group("b", "failed")])).toBe("b");
    expect(defaultStepKey([group("a", "succeeded"), group("b", "succeeded")])).toBe("b");
    expect(defaultStepKey([])).toBeNull();
  });
});
