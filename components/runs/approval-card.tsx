import Link from "next/link";
import { ApprovalDecision } from "./approval-decision";
import { DateTime } from "./date-time";
import { DetailField } from "./detail-field";
import type { ApprovalItem } from "./run-types";

/** One waiting approval in the inbox: what to check, since when, until when, and the decision. */
export function ApprovalCard({ item }: { item: ApprovalItem }) {
  const headingId = `approval-${item.runId}-${item.nodeId}-${item.iteration}`;
  return (
    <article aria-labelledby={headingId} className="grid gap-4 rounded-xl border p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold break-words">
          {item.workflowName}
        </h2>
        <Link
          href={`/runs/${item.runId}`}
          className="rounded-sm text-sm underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
        >
          Open run<span className="sr-only"> of {item.workflowName}</span>
        </Link>
      </div>
      <p className="rounded-md bg-muted p-3 text-sm break-words whitespace-pre-wrap">{item.message}</p>
      <dl className="grid gap-3 sm:grid-cols-3">
        <DetailField term="Step" mono>
          {item.iteration ? `${item.nodeId} (iteration ${item.iteration})` : item.nodeId}
        </DetailField>
        <DetailField term="Waiting since">
          <DateTime value={item.waitingSince} />
        </DetailField>
        <DetailField term="Times out at">
          {item.timesOutAt ? <DateTime value={item.timesOutAt} /> : "No time limit"}
        </DetailField>
      </dl>
      <ApprovalDecision runId={item.runId} nodeId={item.nodeId} approvers={item.approvers} />
    </article>
  );
}
