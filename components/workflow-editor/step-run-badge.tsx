import { CircleCheck, CircleMinus, CircleX, Clock, Hourglass, LoaderCircle, type LucideIcon } from "lucide-react";
import { STEP_STATUS_LABELS } from "@/components/runs/run-labels";
import { cn } from "@/lib/utils";
import type { CanvasStepStatus } from "./canvas-marks";

/** The outline a step's node gets for its status in the test run on the canvas. */
export const RUN_RINGS: Record<CanvasStepStatus, string> = {
  queued: "ring-2 ring-muted-foreground/30",
  running: "ring-2 ring-sky-500",
  waiting: "ring-2 ring-amber-500",
  succeeded: "ring-2 ring-emerald-500",
  failed: "ring-2 ring-destructive",
  skipped: "ring-1 ring-muted-foreground/30",
};

const ICONS: Record<CanvasStepStatus, LucideIcon> = {
  queued: Clock,
  running: LoaderCircle,
  waiting: Hourglass,
  succeeded: CircleCheck,
  failed: CircleX,
  skipped: CircleMinus,
};

const LABELS: Record<CanvasStepStatus, string> = { ...STEP_STATUS_LABELS, queued: "Queued" };

/** A step's status in the test run, in words under its name: the outline colour only repeats it. */
export function StepRunBadge({ status }: { status: CanvasStepStatus }) {
  const Icon = ICONS[status];
  return (
    <p
      className={cn(
        "flex items-center gap-1.5 border-t px-3 py-1 text-xs",
        status === "failed" ? "text-destructive" : "text-muted-foreground",
      )}
    >
      <Icon aria-hidden className={cn("size-3.5", status === "running" && "motion-safe:animate-spin")} />
      <span>Test run: {LABELS[status]}</span>
    </p>
  );
}
