import { DateTime } from "./date-time";
import { DetailField } from "./detail-field";
import { elapsedMs, formatCost, formatDuration, formatTokens } from "./format-run";
import { isLiveStatus, triggerLabel, versionLabel } from "./run-labels";
import type { RunDetail } from "./run-types";

/** The run's facts: when, how long, how it started, what it used. */
export function RunSummary({ run, now }: { run: RunDetail; now: number }) {
  const duration = elapsedMs(run.startedAt, run.finishedAt, isLiveStatus(run.status) ? now : null);
  return (
    <dl className="grid gap-4 rounded-xl border p-4 sm:grid-cols-3 lg:grid-cols-6">
      <DetailField term="Started">
        <DateTime value={run.startedAt} />
      </DetailField>
      <DetailField term="Finished">
        <DateTime value={run.finishedAt} />
      </DetailField>
      <DetailField term="Duration">{formatDuration(duration)}</DetailField>
      <DetailField term="Tokens">{formatTokens(run.inputTokens, run.outputTokens)}</DetailField>
      <DetailField term="Cost">{formatCost(run.costUsd)}</DetailField>
      <DetailField term="Trigger">
        {triggerLabel(run.trigger)} · {versionLabel(run.versionNumber)}
      </DetailField>
    </dl>
  );
}
