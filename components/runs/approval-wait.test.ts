import { describe, expect, it } from "vitest";
import { approvalWaitOf, approvalWaits, mayDecide } from "./approval-wait";

const startedAt = new Date("2026-03-01T10:00:00Z");
const waiting = (output: unknown, status = "waiting") => ({
  nodeId: "sign_off",
  iteration: "",
  status,
  output,
  startedAt,
});

describe("approvalWaitOf", () => {
  it("reads an approval's wait from its step output", () => {
    const wait = approvalWaitOf(
      waiting({
        wait: { message: "Approve the copy", approvers: ["u1"], timeoutAt: "2026-03-02T10:00:00.000Z" },
        reason: "Waiting for approval: Approve the copy",
      }),
    );
    expect(wait).toEqual({
      nodeId: "sign_off",
      iteration: "",
      message: "Approve the copy",
      approvers: ["u1"],
      timeoutAt: new Date("2026-03-02T10:00:00.000Z"),
      waitingSince: startedAt,
      decision: null,
    });
  });

  it("keeps a decision the run has not acted on yet", () => {
    const wait = approvalWaitOf(
      waiting({
        wait: { message: "m", approvers: [], timeoutAt: null },
        decision: { handle: "approved", comment: "ok", by: "Ann" },
      }),
    );
    expect(wait?.decision).toEqual({ handle: "approved", comment: "ok", by: "Ann" });
    expect(wait?.timeoutAt).toBeNull();
  });

  it("is null for a delay, a finished step or an output it cannot read", () => {
    expect(approvalWaitOf(waiting({ wait: { until: "2026-03-02T10:00:00.000Z" } }))).toBeNull();
    expect(approvalWaitOf(waiting({ decision: "approved", comment: null, by: "u1" }, "succeeded"))).toBeNull();
    expect(approvalWaitOf(waiting(null))).toBeNull();
    expect(approvalWaits([waiting("text"), waiting({ wait: { message: "m" } })])).toHaveLength(1);
  });
});

describe("mayDecide", () => {
  it("lets anyone decide when no approvers are named, else only those named", () => {
    expect(mayDecide([], "u1")).toBe(true);
    expect(mayDecide(["u1", "u2"], "u2")).toBe(true);
    expect(mayDecide(["u1"], "u3")).toBe(false);
  });
});
