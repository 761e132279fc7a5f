import { Badge, type BadgeProps } from "@/components/ui/badge";
import type { TAgent } from "@/lib/schemas/agents";
import { STATUS_LABELS } from "./agent-labels";

const STATUS_VARIANTS: Record<TAgent["status"], BadgeProps["variant"]> = {
  idle: "secondary",
  active: "success",
  busy: "warning",
  error: "destructive",
  offline: "outline",
};

export function AgentStatusBadge({ status }: { status: TAgent["status"] }) {
  return <Badge variant={STATUS_VARIANTS[status]}>{STATUS_LABELS[status]}</Badge>;
}
