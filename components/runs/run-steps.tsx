import { cn } from "@/lib/utils";
import { RunTimeline } from "./run-timeline";
import type { RunDetail, RunStep } from "./run-types";
import { stepSpan, type StepGroup } from "./step-groups";
import { StepTrace } from "./step-trace";
import { stepTitle } from "./step-title";
import { timelineWindow } from "./timeline-scale";
import type { NodeNamer } from "./use-node-names";

type Props = {
  run: Pick<RunDetail, "startedAt" | "createdAt" | "finishedAt">;
  groups: StepGroup<RunStep>[];
  live: boolean;
  now: number;
  names: NodeNamer;
  tokens: Record<string, string>;
  selectedKey: string | null;
  onSelect: (key: string) => void;
  /** The two columns' layout, which differs with where the view sits (a page, the editor's panel). */
  className?: string;
};

/** A run's timeline of steps beside the chosen step's trace: the run page's and the editor's test run panel's. */
export function RunSteps({ run, groups, live, now, names, tokens, selectedKey, onSelect, className }: Props) {
  const selected = groups.find((group) => group.key === selectedKey);
  const extent = timelineWindow(
    groups.map((group) => stepSpan(group, now)),
    (run.startedAt ?? run.createdAt).getTime(),
    run.finishedAt ? run.finishedAt.getTime() : live ? now : null,
  );
  return (
    <div className={cn("grid items-start gap-6", className)}>
      <RunTimeline
        groups={groups}
        extent={extent}
        now={now}
        names={names}
        selectedKey={selectedKey}
        onSelect={onSelect}
        tokens={tokens}
      />
      {selected ? (
        <StepTrace
          group={selected}
          title={stepTitle(names(selected.nodeId), selected.iteration)}
          names={names(selected.nodeId)}
          now={now}
        />
      ) : null}
    </div>
  );
}
