import { ApprovalDecision } from "./approval-decision";
import { approvalWaits } from "./approval-wait";
import { DateTime } from "./date-time";
import type { RunStep } from "./run-types";
import { stepTitle } from "./step-title";
import type { NodeNamer } from "./use-node-names";

type Props = { runId: string; steps: RunStep[]; names: NodeNamer };

/** The run's approval steps waiting for a person, each with its message and the decision form. */
export function RunApprovals({ runId, steps, names }: Props) {
  const waits = approvalWaits(steps);
  if (!waits.length) return null;
  return (
    <section
      aria-labelledby="run-approvals-heading"
      className="grid gap-4 rounded-xl border border-warning/60 bg-warning/10 p-4"
    >
      <h2 id="run-approvals-heading" className="text-base font-semibold">
        Waiting for approval
      </h2>
      {waits.map((wait) => (
        <div key={`${wait.nodeId}#${wait.iteration}`} className="grid gap-3">
          <h3 className="text-sm font-semibold">{stepTitle(names(wait.nodeId), wait.iteration)}</h3>
          <p className="text-sm break-words whitespace-pre-wrap">{wait.message}</p>
          <p className="text-xs text-muted-foreground">
            Waiting since <DateTime value={wait.waitingSince} />
            {wait.timeoutAt ? (
              <>
                {" "}
                · times out at <DateTime value={wait.timeoutAt} />
              </>
            ) : (
              " · no time limit"
            )}
          </p>
          <ApprovalDecision runId={runId} nodeId={wait.nodeId} approvers={wait.approvers} decision={wait.decision} />
        </div>
      ))}
    </section>
  );
}
