import { Badge, type BadgeProps } from "@/components/ui/badge";
import { TASK_STATUS_LABELS, type TaskStatus } from "@/lib/schemas/tasks";

const STATUS_VARIANTS: Record<TaskStatus, BadgeProps["variant"]> = {
  pending: "secondary",
  in_progress: "outline",
  completed: "success",
  failed: "destructive",
  cancelled: "secondary",
};

export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  return <Badge variant={STATUS_VARIANTS[status]}>{TASK_STATUS_LABELS[status]}</Badge>;
}
