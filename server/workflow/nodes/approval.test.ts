import { describe, expect, it } from "vitest";
import { ExpressionError } from "@/lib/workflow/expression";
import { appError } from "@/test/factories";
import { approvalExecutor, type ApprovalWait } from "./approval";
import { configOf, nodeContext, TEST_NOW } from "./test-context";

const scope = { nodes: { draft: { output: "Spring sale: 20% off", status: "succeeded" } } };
const withTimeout = configOf("approval", {
  message: "Approve the copy: {{ nodes.draft.output }}",
  approvers: ["user_1", "user_2"],
  timeoutMinutes: 60,
});
const noTimeout = configOf("approval", { message: "Approve {{ nodes.draft.output }}" });
const waited: ApprovalWait = {
  message: "Approve the copy: Spring sale: 20% off",
  approvers: ["user_1", "user_2"],
  timeoutAt: "2026-03-02T11:00:00.000Z",
};

describe("approval: waiting", () => {
  it("waits with the message filled in, the approvers and the timeout", async () => {
    await expect(approvalExecutor(nodeContext({ scope }), withTimeout)).resolves.toEqual({
      kind: "wait",
      data: waited,
      resumeAt: new Date("2026-03-02T11:00:00.000Z"),
      reason: "Waiting for approval: Approve the copy: Spring sale: 20% off",
    });
  });

  it("waits without a timer when it has no timeout", async () => {
    await expect(approvalExecutor(nodeContext({ scope }), noTimeout)).resolves.toEqual({
      kind: "wait",
      data: { message: "Approve Spring sale: 20% off", approvers: [], timeoutAt: null },
      reason: "Waiting for approval: Approve Spring sale: 20% off",
    });
  });

  it("keeps the reason to one short line", async () => {
    const long = { nodes: { draft: { output: `Line one\n\n${"word ".repeat(100)}`, status: "succeeded" } } };
    const result = await approvalExecutor(nodeContext({ scope: long }), noTimeout);
    if (result.kind !== "wait") throw new Error("expected a wait");
    expect(result.reason).toHaveLength("Waiting for approval: ".length + 200);
    expect(result.reason).toMatch(/^Waiting for approval: Approve Line one word word .*…$/);
    expect((result.data as ApprovalWait).message).toContain("\n\n");
  });

  it("fails with the template's error", async () => {
    const broken = configOf("approval", { message: "Approve {{ nodes.draft.output" });
    await expect(approvalExecutor(nodeContext({ scope }), broken)).rejects.toBeInstanceOf(ExpressionError);
  });
});

describe("approval: resuming", () => {
  const decide = (handle: string, now = TEST_NOW) =>
    nodeContext({ now, resume: { data: waited, decision: { handle, comment: "Looks good", by: "user_1" } } });

  it("takes approved or rejected with the decision, comment and who decided", async () => {
    await expect(approvalExecutor(decide("approved"), withTimeout)).resolves.toEqual({
      kind: "done",
      output: { decision: "approved", comment: "Looks good", by: "user_1" },
      handles: ["approved"],
    });
    await expect(approvalExecutor(decide("rejected"), noTimeout)).resolves.toEqual({
      kind: "done",
      output: { decision: "rejected", comment: "Looks good", by: "user_1" },
      handles: ["rejected"],
    });
  });

  it("takes a decision even after the timeout was due", async () => {
    await expect(
      approvalExecutor(decide("approved", new Date("2026-03-02T12:00:00Z")), withTimeout),
    ).resolves.toMatchObject({ handles: ["approved"] });
  });

  it("refuses a decision other than approved or rejected", async () => {
    const error = await appError(approvalExecutor(decide("timeout"), withTimeout));
    expect(error.message).toBe('An approval is approved or rejected, not "timeout".');
  });

  it("takes timeout when the timer fires", async () => {
    const ctx = nodeContext({ resume: { data: waited }, now: new Date("2026-03-02T11:00:00.000Z") });
    await expect(approvalExecutor(ctx, withTimeout)).resolves.toEqual({
      kind: "done",
      output: { decision: "timeout", comment: null, by: null },
      handles: ["timeout"],
    });
  });

  it("keeps waiting for the same moment when woken before the timeout", async () => {
    const ctx = nodeContext({ resume: { data: waited }, now: new Date("2026-03-02T10:59:59.000Z") });
    await expect(approvalExecutor(ctx, withTimeout)).resolves.toEqual({
      kind: "wait",
      data: waited,
      resumeAt: new Date("2026-03-02T11:00:00.000Z"),
      reason: "Waiting for approval: Approve the copy: Spring sale: 20% off",
    });
  });

  it("keeps waiting, with no timer, when woken without a decision and it has no timeout", async () => {
    const data: ApprovalWait = { ...waited, timeoutAt: null };
    const ctx = nodeContext({ resume: { data }, now: new Date("2026-04-01T00:00:00Z") });
    await expect(approvalExecutor(ctx, noTimeout)).resolves.toEqual({
      kind: "wait",
      data,
      reason: "Waiting for approval: Approve the copy: Spring sale: 20% off",
    });
  });

  it("fails when the waiting step lost what it was waiting for", async () => {
    const ctx = nodeContext({ resume: { data: { message: 1 } }, nodeId: "sign_off" });
    await expect(approvalExecutor(ctx, withTimeout)).rejects.toThrow(
      'Approval "sign_off" was resumed without what it was waiting for.',
    );
  });
});
