import { Badge } from "@/components/ui/badge";
import type { Channel } from "@/lib/schemas/campaigns";
import { CHANNEL_LABELS } from "./campaign-fields";

export function CampaignChannels({ channels }: { channels: readonly Channel[] }) {
  if (channels.length === 0) return <span className="text-muted-foreground">—</span>;
  return (
    <ul className="flex flex-wrap gap-1">
      {channels.map((channel) => (
        <li key={channel}>
          <Badge variant="outline">{CHANNEL_LABELS[channel]}</Badge>
        </li>
      ))}
    </ul>
  );
}
