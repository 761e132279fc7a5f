import { Badge, type BadgeProps } from "@/components/ui/badge";
import type { CampaignStatus } from "@/lib/schemas/campaigns";
import { STATUS_LABELS } from "./campaign-fields";

const STATUS_VARIANTS: Record<CampaignStatus, BadgeProps["variant"]> = {
  draft: "secondary",
  scheduled: "outline",
  active: "success",
  paused: "warning",
  completed: "default",
  archived: "destructive",
};

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  return <Badge variant={STATUS_VARIANTS[status]}>{STATUS_LABELS[status]}</Badge>;
}
