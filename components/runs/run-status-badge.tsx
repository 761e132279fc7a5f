import { Ban, CircleCheck, CircleMinus, CircleX, Clock, Hourglass, LoaderCircle, type LucideIcon } from "lucide-react";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { RUN_STATUS_LABELS, STEP_STATUS_LABELS } from "./run-labels";
import type { RunStatus, StepStatus } from "./run-types";

type Status = RunStatus | StepStatus;

const LOOKS: Record<Status, { icon: LucideIcon; variant: BadgeProps["variant"]; spin?: boolean }> = {
  queued: { icon: Clock, variant: "outline" },
  running: { icon: LoaderCircle, variant: "secondary", spin: true },
  waiting: { icon: Hourglass, variant: "warning" },
  succeeded: { icon: CircleCheck, variant: "success" },
  failed: { icon: CircleX, variant: "destructive" },
  cancelled: { icon: Ban, variant: "outline" },
  skipped: { icon: CircleMinus, variant: "outline" },
};

const LABELS: Record<Status, string> = { ...STEP_STATUS_LABELS, ...RUN_STATUS_LABELS };

/** A run's or a step's status in words, with an icon; the colour only repeats them. */
export function RunStatusBadge({ status }: { status: Status }) {
  const { icon: Icon, variant, spin } = LOOKS[status];
  return (
    <Badge variant={variant}>
      <Icon aria-hidden className={spin ? "motion-safe:animate-spin" : undefined} />
      {LABELS[status]}
    </Badge>
  );
}
