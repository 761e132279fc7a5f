import { CHANNEL_LABELS } from "@/components/campaigns/campaign-fields";
import type { TAnalytics } from "@/lib/schemas/analytics";

export type ChannelRow = TAnalytics["channels"][number] & { label: string };

/** Channels with their display names, biggest spend first. */
export function channelRows(channels: TAnalytics["channels"]): ChannelRow[] {
  return channels
    .map((row) => ({ ...row, label: CHANNEL_LABELS[row.channel] }))
    .sort((a, b) => b.spend - a.spend || b.revenue - a.revenue || a.label.localeCompare(b.label));
}
