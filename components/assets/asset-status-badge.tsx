import { Badge, type BadgeProps } from "@/components/ui/badge";
import { ASSET_STATUS_LABELS, type AssetStatus } from "@/lib/schemas/assets";

const STATUS_VARIANTS: Record<AssetStatus, BadgeProps["variant"]> = {
  draft: "secondary",
  in_review: "warning",
  approved: "success",
  changes_requested: "destructive",
};

/** The approval status in words; the colour only repeats it. */
export function AssetStatusBadge({ status }: { status: AssetStatus }) {
  return <Badge variant={STATUS_VARIANTS[status]}>{ASSET_STATUS_LABELS[status]}</Badge>;
}
