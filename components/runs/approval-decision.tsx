"use client";

import { useActiveOrg, useCan } from "@/components/shell/org-context";
import { ApprovalDecisionForm } from "./approval-decision-form";
import { mayDecide, type RecordedDecision } from "./approval-wait";

type Props = {
  runId: string;
  nodeId: string;
  /** User ids the step names as its approvers; none: anyone whose role may approve. */
  approvers: readonly string[];
  /** A decision already made that the run has not acted on yet. */
  decision?: RecordedDecision | null;
};

/** The decision form, or why this person sees none: decided already, another's to make, or the role. */
export function ApprovalDecision({ runId, nodeId, approvers, decision = null }: Props) {
  const { user } = useActiveOrg();
  const canApprove = useCan("workflow.approve");
  if (decision) {
    return (
      <p className="text-sm">
        {decision.handle === "approved" ? "Approved" : "Rejected"}
        {decision.by ? ` by ${decision.by}` : ""}
        {decision.comment ? `: “${decision.comment}”` : ""}. The run goes on shortly.
      </p>
    );
  }
  if (!canApprove) {
    return (
      <p className="text-sm text-muted-foreground">
        A manager, admin or owner of your agency approves or rejects this.
      </p>
    );
  }
  if (!mayDecide(approvers, user.id)) {
    return <p className="text-sm text-muted-foreground">Only the approvers named on this step can decide it.</p>;
  }
  return <ApprovalDecisionForm runId={runId} nodeId={nodeId} />;
}
