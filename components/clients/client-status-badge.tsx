import { Badge, type BadgeProps } from "@/components/ui/badge";
import type { ClientStatus } from "@/lib/schemas/clients";
import { STATUS_LABELS } from "./client-fields";

const STATUS_VARIANTS: Record<ClientStatus, BadgeProps["variant"]> = {
  lead: "secondary",
  active: "success",
  paused: "warning",
  churned: "destructive",
};

export function ClientStatusBadge({ status }: { status: ClientStatus }) {
  return <Badge variant={STATUS_VARIANTS[status]}>{STATUS_LABELS[status]}</Badge>;
}
