/** A decision recorded on a waiting approval that the run has not acted on yet. */
export type RecordedDecision = { handle: string; comment: string | null; by: string | null };

/** An approval step waiting for a person, as its step output keeps it. */
export type ApprovalWait = {
  nodeId: string;
  iteration: string;
  message: string;
  /** User ids who may decide; empty: anyone whose role may approve. */
  approvers: string[];
  timeoutAt: Date | null;
  waitingSince: Date;
  /** Set once someone decided, until the run goes on. */
  decision: RecordedDecision | null;
};

type WaitingStep = { nodeId: string; iteration: string; status: string; output: unknown; startedAt: Date };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function readDecision(value: unknown): RecordedDecision | null {
  if (!isRecord(value) || typeof value.handle !== "string") return null;
  return {
    handle: value.handle,
    comment: typeof value.comment === "string" ? value.comment : null,
    by: typeof value.by === "string" ? value.by : null,
  };
}

/**
 * The approval a waiting step stands for, or null: a delay or a sub-workflow waits too, but only
 * an approval's wait has a message (the same test as the server's approvals inbox).
 */
export function approvalWaitOf(step: WaitingStep): ApprovalWait | null {
  if (step.status !== "waiting" || !isRecord(step.output)) return null;
  const { wait, decision } = step.output;
  if (!isRecord(wait) || typeof wait.message !== "string") return null;
  const timeoutAt = typeof wait.timeoutAt === "string" ? new Date(wait.timeoutAt) : null;
  return {
    nodeId: step.nodeId,
    iteration: step.iteration,
    message: wait.message,
    approvers: Array.isArray(wait.approvers) ? wait.approvers.filter((id): id is string => typeof id === "string") : [],
    timeoutAt: timeoutAt && !Number.isNaN(timeoutAt.getTime()) ? timeoutAt : null,
    waitingSince: step.startedAt,
    decision: readDecision(decision),
  };
}

/** The run's approvals that are waiting, in the order they started. */
export const approvalWaits = (steps: readonly WaitingStep[]): ApprovalWait[] =>
  steps.flatMap((step) => approvalWaitOf(step) ?? []);

/** Whether `userId` may decide, given the approvers the step names (none: anyone with the role). */
export const mayDecide = (approvers: readonly string[], userId: string): boolean =>
  approvers.length === 0 || approvers.includes(userId);
