"use client";

import type { TAnalytics } from "@/lib/schemas/analytics";
import { CampaignRankTable } from "./campaign-rank-table";
import { ChannelCard } from "./channel-card";
import { KpiGrid } from "./kpi-grid";
import { rankCampaigns } from "./rank-campaigns";
import { TrendCard } from "./trend-card";
import { useFormatOptions } from "./use-format-options";

/** Everything the dashboard shows for one loaded range. */
export function AnalyticsReport({ data }: { data: TAnalytics }) {
  const format = useFormatOptions(data.currency);
  const mixed = data.currency === null && (data.totals.spend > 0 || data.totals.revenue > 0);
  const { top, bottom } = rankCampaigns(data.campaigns);
  return (
    <div className="grid gap-6">
      {mixed ? (
        <p role="note" className="rounded-md border border-warning/40 bg-warning/10 px-3 py-2 text-sm">
          These campaigns use mixed currencies, so totals add amounts as they are and are shown in USD. Filter by client
          or campaign for exact figures.
        </p>
      ) : null}
      <KpiGrid totals={data.totals} previousTotals={data.previousTotals} days={data.trend.length} format={format} />
      <TrendCard trend={data.trend} anomalies={data.anomalies} format={format} />
      <ChannelCard channels={data.channels} format={format} />
      <div className="grid gap-6 lg:grid-cols-2">
        <CampaignRankTable title="Top campaigns" campaigns={top} locale={format.locale} />
        <CampaignRankTable title="Bottom campaigns" campaigns={bottom} locale={format.locale} />
      </div>
    </div>
  );
}
