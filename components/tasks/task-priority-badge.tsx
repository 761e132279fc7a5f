import { Badge, type BadgeProps } from "@/components/ui/badge";
import type { TaskPriority } from "@/lib/schemas/tasks";
import { PRIORITY_LABELS } from "./task-fields";

const PRIORITY_VARIANTS: Record<TaskPriority, BadgeProps["variant"]> = {
  urgent: "destructive",
  high: "warning",
  medium: "default",
  low: "secondary",
};

export function TaskPriorityBadge({ priority }: { priority: TaskPriority }) {
  return <Badge variant={PRIORITY_VARIANTS[priority]}>{PRIORITY_LABELS[priority]}</Badge>;
}
