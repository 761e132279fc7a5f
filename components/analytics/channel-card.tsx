import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { FormatOptions } from "@/lib/metrics";
import type { TAnalytics } from "@/lib/schemas/analytics";
import { ChannelChart } from "./channel-chart";
import { channelRows } from "./channel-rows";
import { ChannelTable } from "./channel-table";

type Props = { channels: TAnalytics["channels"]; format: FormatOptions };

export function ChannelCard({ channels, format }: Props) {
  const rows = channelRows(channels);
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Channels</h2>
        </CardTitle>
        <CardDescription>Spend and revenue per channel.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        <ChannelChart rows={rows} format={format} />
        <ChannelTable rows={rows} format={format} />
      </CardContent>
    </Card>
  );
}
