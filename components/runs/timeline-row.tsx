import { cn } from "@/lib/utils";
import { formatDuration } from "./format-run";
import { STEP_STATUS_LABELS } from "./run-labels";
import { RunStatusBadge } from "./run-status-badge";
import type { RunStep, StepStatus } from "./run-types";
import type { StepGroup } from "./step-groups";
import { StreamedText } from "./streamed-text";
import type { Bar } from "./timeline-scale";

const BAR_COLOURS: Record<StepStatus, string> = {
  running: "bg-primary motion-safe:animate-pulse",
  waiting: "bg-warning",
  succeeded: "bg-success",
  failed: "bg-destructive",
  skipped: "bg-muted-foreground/40",
};

type Props = {
  group: StepGroup<RunStep>;
  title: string;
  typeLabel: string | null;
  bar: Bar;
  durationMs: number;
  selected: boolean;
  /** Text streamed so far, shown while the step runs. */
  streamed: string | undefined;
  onSelect: () => void;
};

/** One step on the timeline: a button that opens its trace, with a bar for when it ran. */
export function TimelineRow({ group, title, typeLabel, bar, durationMs, selected, streamed, onSelect }: Props) {
  const { latest, attempts } = group;
  const duration = formatDuration(durationMs);
  // One name read in order, rather than the row's pieces run together.
  const name = [
    title,
    typeLabel,
    STEP_STATUS_LABELS[latest.status],
    attempts.length > 1 ? `${attempts.length} attempts` : null,
    duration,
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <li className="grid gap-2">
      <button
        type="button"
        aria-label={name}
        aria-pressed={selected}
        aria-controls="step-trace"
        onClick={onSelect}
        className={cn(
          "grid gap-2 rounded-md border p-2 text-left outline-none hover:bg-muted/50 focus-visible:ring-[3px] focus-visible:ring-ring/50",
          selected ? "border-ring bg-muted/60" : "border-transparent",
        )}
      >
        <span className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
          <span className="min-w-0 flex-1 truncate font-medium">{title}</span>
          {typeLabel ? <span className="text-xs text-muted-foreground">{typeLabel}</span> : null}
          <RunStatusBadge status={latest.status} />
          {attempts.length > 1 ? (
            <span className="text-xs text-muted-foreground">{attempts.length} attempts</span>
          ) : null}
          <span className="w-20 text-right text-xs tabular-nums">{duration}</span>
        </span>
        <span aria-hidden className="relative block h-2 overflow-hidden rounded-full bg-muted">
          <span
            className={cn("absolute inset-y-0 rounded-full", BAR_COLOURS[latest.status])}
            style={{ left: `${bar.offset}%`, width: `${bar.width}%` }}
          />
        </span>
      </button>
      {latest.status === "running" && streamed ? (
        <div className="pl-2">
          <StreamedText text={streamed} />
        </div>
      ) : null}
    </li>
  );
}
