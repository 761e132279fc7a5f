import { z } from "zod";
import { type NodeConfig } from "@/lib/workflow/node-types";
import { AppError } from "../../errors";
import { type NodeExecutor, type NodeResult } from "./types";
import { asText } from "./values";

export const APPROVAL_DECISIONS = ["approved", "rejected"] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

/** What a waiting approval keeps with its step; the app and the portal show it to the approvers. */
export type ApprovalWait = {
  message: string;
  /** User ids who may decide; empty: anyone who may run the workflow. */
  approvers: string[];
  /** When the Timed out path is taken; null without a timeout. */
  timeoutAt: string | null;
};

const ZApprovalWait = z.object({
  message: z.string(),
  approvers: z.array(z.string()),
  timeoutAt: z.iso.datetime().nullable(),
}) satisfies z.ZodType<ApprovalWait>;

export type ApprovalOutput = {
  decision: ApprovalDecision | "timeout";
  comment: string | null;
  /** Who decided (a user id); null when the approval timed out. */
  by: string | null;
};

/** Characters of the message shown in the run's waiting reason. */
const REASON_CHARS = 200;

const clip = (text: string) => {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > REASON_CHARS ? `${line.slice(0, REASON_CHARS - 1)}…` : line;
};

const waitFor = (data: ApprovalWait): NodeResult => ({
  kind: "wait",
  data,
  ...(data.timeoutAt && { resumeAt: new Date(data.timeoutAt) }),
  reason: `Waiting for approval: ${clip(data.message)}`,
});

const decided = (output: ApprovalOutput): NodeResult => ({ kind: "done", output, handles: [output.decision] });

/**
 * Pauses for a person. The first call fills in the message and waits (until the timeout, if the
 * node has one). Resumed with a decision it takes `approved` or `rejected` with `{ decision,
 * comment, by }`. Resumed by the timer it takes `timeout`; without a timeout, or woken before it
 * is due, it keeps waiting. Who may decide is checked by whoever resumes the step, not here.
 */
export const approvalExecutor: NodeExecutor<NodeConfig<"approval">> = async (ctx, config) => {
  if (!ctx.resume) {
    const timeoutAt =
      config.timeoutMinutes === undefined ? null : new Date(ctx.now().getTime() + config.timeoutMinutes * 60_000);
    return waitFor({
      message: asText(await ctx.template(config.message)),
      approvers: config.approvers ?? [],
      timeoutAt: timeoutAt?.toISOString() ?? null,
    });
  }
  const { decision } = ctx.resume;
  if (decision) {
    const handle = APPROVAL_DECISIONS.find((name) => name === decision.handle);
    if (!handle) throw new AppError("BAD_REQUEST", `An approval is approved or rejected, not "${decision.handle}".`);
    return decided({ decision: handle, comment: decision.comment, by: decision.by });
  }
  const parsed = ZApprovalWait.safeParse(ctx.resume.data);
  if (!parsed.success) throw new Error(`Approval "${ctx.nodeId}" was resumed without what it was waiting for.`);
  const waiting = parsed.data;
  const due = waiting.timeoutAt !== null && new Date(waiting.timeoutAt).getTime() <= ctx.now().getTime();
  if (config.timeoutMinutes === undefined || !due) return waitFor(waiting);
  return decided({ decision: "timeout", comment: null, by: null });
};
