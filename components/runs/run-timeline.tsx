import { formatDuration } from "./format-run";
import type { RunStep } from "./run-types";
import { stepSpan, type StepGroup } from "./step-groups";
import { stepTitle } from "./step-title";
import { scaleBars, type Span } from "./timeline-scale";
import { TimelineRow } from "./timeline-row";
import type { NodeNamer } from "./use-node-names";

type Props = {
  groups: StepGroup<RunStep>[];
  /** The stretch of time the bars are drawn against. */
  extent: Span;
  now: number;
  names: NodeNamer;
  selectedKey: string | null;
  onSelect: (key: string) => void;
  tokens: Record<string, string>;
};

/** The run's steps in the order they started, each with a bar in proportion to its time. */
export function RunTimeline({ groups, extent, now, names, selectedKey, onSelect, tokens }: Props) {
  const spans = groups.map((group) => stepSpan(group, now));
  const bars = scaleBars(spans, extent);
  return (
    <section aria-labelledby="run-timeline-heading" className="grid content-start gap-3 rounded-xl border p-4">
      <div className="grid gap-1">
        <h2 id="run-timeline-heading" className="text-base font-semibold">
          Timeline
        </h2>
        <p className="text-xs text-muted-foreground">
          Each bar shows when a step ran within the run&apos;s {formatDuration(extent.end - extent.start)}. Choose a
          step to see its trace.
        </p>
      </div>
      {groups.length ? (
        <ol className="grid gap-1">
          {groups.map((group, index) => {
            const nodeNames = names(group.nodeId);
            return (
              <TimelineRow
                key={group.key}
                group={group}
                title={stepTitle(nodeNames, group.iteration)}
                typeLabel={nodeNames.typeLabel}
                bar={bars[index]!}
                durationMs={spans[index]!.end - spans[index]!.start}
                selected={group.key === selectedKey}
                streamed={tokens[group.nodeId]}
                onSelect={() => onSelect(group.key)}
              />
            );
          })}
        </ol>
      ) : (
        <p className="text-sm text-muted-foreground">No step has started yet.</p>
      )}
    </section>
  );
}
