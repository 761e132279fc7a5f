import { FormAlert } from "@/components/ui/form-alert";
import { DateTime } from "./date-time";
import { DetailField } from "./detail-field";
import { formatCost, formatDuration, formatTokens } from "./format-run";
import { JsonFigure } from "./json-figure";
import { RunStatusBadge } from "./run-status-badge";
import type { RunStep } from "./run-types";
import { StepAttemptsTable } from "./step-attempts-table";
import { stepSpan, type StepGroup } from "./step-groups";
import type { NodeNames } from "./use-node-names";

type Props = {
  group: StepGroup<RunStep>;
  title: string;
  names: NodeNames;
  now: number;
};

/** What the resume time of a step means, by where it stands. */
function resumeTerm(status: RunStep["status"]): string {
  return status === "failed" ? "Retries at" : "Resumes by itself at";
}

/** One step's trace: its facts, error, input and output as it last ran, and every attempt. */
export function StepTrace({ group, title, names, now }: Props) {
  const { latest, attempts } = group;
  const span = stepSpan(group, now);
  return (
    <section
      id="step-trace"
      aria-labelledby="step-trace-heading"
      className="grid min-w-0 content-start gap-4 rounded-xl border p-4"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="step-trace-heading" className="text-base font-semibold break-words">
          {title}
        </h2>
        <RunStatusBadge status={latest.status} />
      </div>
      <dl className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        <DetailField term="Step type">{names.typeLabel}</DetailField>
        <DetailField term="Step id" mono>
          {latest.nodeId}
        </DetailField>
        <DetailField term="Attempt">
          {latest.attempt}
          {attempts.length > 1 ? ` (of ${attempts.length} so far)` : ""}
        </DetailField>
        <DetailField term="Started">
          <DateTime value={attempts[0]!.startedAt} />
        </DetailField>
        <DetailField term="Finished">
          <DateTime value={latest.finishedAt} />
        </DetailField>
        <DetailField term="Duration">{formatDuration(span.end - span.start)}</DetailField>
        <DetailField term="Tokens">{formatTokens(latest.inputTokens, latest.outputTokens)}</DetailField>
        <DetailField term="Cost">{formatCost(latest.costUsd)}</DetailField>
        <DetailField term="Path taken">{latest.handle}</DetailField>
        {latest.resumeAt ? (
          <DetailField term={resumeTerm(latest.status)}>
            <DateTime value={latest.resumeAt} />
          </DetailField>
        ) : null}
      </dl>
      {latest.error ? <FormAlert announce={false}>{latest.error}</FormAlert> : null}
      <JsonFigure label="Input" value={latest.input} />
      <JsonFigure
        label="Output"
        value={latest.output}
        empty={latest.status === "running" ? "No output yet: the step is running." : "Nothing recorded."}
      />
      {attempts.length > 1 ? <StepAttemptsTable attempts={attempts} /> : null}
    </section>
  );
}
