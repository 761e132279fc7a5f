import { detectAnomalies } from "@/lib/anomaly";
import type { TAnalytics, TAnalyticsInput } from "@/lib/schemas/analytics";
import type { OrgContext } from "../../api/trpc";
import type { Prisma } from "../../db/generated/client";
import { fromDay, toDay } from "../campaigns/campaigns";

type ServiceCtx = Pick<OrgContext, "db">;
type Totals = TAnalytics["totals"];

const DAY_MS = 86_400_000;
/** Days of history before the range that the anomaly detector looks back over. */
/** Four weeks: four of every weekday, so the weekly pattern can be told from anomalies. */
const ANOMALY_WINDOW = 28;

/** How the dashboard looks for anomalies (shared with the demo seed's test). */
export const ANOMALY_OPTIONS = { window: ANOMALY_WINDOW, weekly: true } as const;
const ANOMALY_METRICS = ["spend", "revenue", "conversions"] as const;

const SUMS = { impressions: true, clicks: true, conversions: true, spend: true, revenue: true } as const;

type Sums = {
  impressions: number | null;
  clicks: number | null;
  conversions: number | null;
  spend: Prisma.Decimal | null;
  revenue: Prisma.Decimal | null;
};

const EMPTY: Totals = { impressions: 0, clicks: 0, conversions: 0, spend: 0, revenue: 0 };

function toTotals(sum: Sums | null | undefined): Totals {
  if (!sum) return { ...EMPTY };
  return {
    impressions: sum.impressions ?? 0,
    clicks: sum.clicks ?? 0,
    conversions: sum.conversions ?? 0,
    spend: sum.spend?.toNumber() ?? 0,
    revenue: sum.revenue?.toNumber() ?? 0,
  };
}

const shiftDay = (day: string, days: number) => toDay(new Date(fromDay(day).getTime() + days * DAY_MS));

/**
 * The dashboard's numbers for a date range: totals and the same-length period before it,
 * a zero-filled daily trend, the channel split, per-campaign totals, and days far outside
 * their trailing two weeks. Every query goes through the tenant-scoped client.
 */
export async function getAnalytics({ db }: ServiceCtx, input: TAnalyticsInput): Promise<TAnalytics> {
  const days = Math.round((fromDay(input.to).getTime() - fromDay(input.from).getTime()) / DAY_MS) + 1;
  const previousRange = { from: shiftDay(input.from, -days), to: shiftDay(input.from, -1) };
  const scope: Prisma.CampaignMetricWhereInput = {
    ...(input.campaignId && { campaignId: input.campaignId }),
    ...(input.clientId && { campaign: { clientId: input.clientId } }),
  };
  const between = (from: string, to: string): Prisma.CampaignMetricWhereInput => ({
    ...scope,
    date: { gte: fromDay(from), lte: fromDay(to) },
  });

  const historyFrom = shiftDay(input.from, -ANOMALY_WINDOW);
  // Sequential on purpose: the transaction is one connection, which runs one query at a time.
  const daily = await db.campaignMetric.groupBy({
    by: ["date"],
    where: between(historyFrom, input.to),
    _sum: SUMS,
    orderBy: { date: "asc" },
  });
  const previous = await db.campaignMetric.aggregate({
    where: between(previousRange.from, previousRange.to),
    _sum: SUMS,
  });
  const channels = await db.campaignMetric.groupBy({
    by: ["channel"],
    where: between(input.from, input.to),
    _sum: SUMS,
  });
  const byCampaign = await db.campaignMetric.groupBy({
    by: ["campaignId"],
    where: between(input.from, input.to),
    _sum: SUMS,
  });

  const byDay = new Map(daily.map((row) => [toDay(row.date), toTotals(row._sum)]));
  const series = (from: string, count: number) =>
    Array.from({ length: count }, (_, index) => {
      const date = shiftDay(from, index);
      return { date, ...(byDay.get(date) ?? EMPTY) };
    });
  const trend = series(input.from, days);
  const history = series(historyFrom, days + ANOMALY_WINDOW);

  const totals = trend.reduce<Totals>(
    (sum, day) => ({
      impressions: sum.impressions + day.impressions,
      clicks: sum.clicks + day.clicks,
      conversions: sum.conversions + day.conversions,
      spend: sum.spend + day.spend,
      revenue: sum.revenue + day.revenue,
    }),
    { ...EMPTY },
  );

  const campaignRows = await db.campaign.findMany({
    where: { id: { in: byCampaign.map((row) => row.campaignId) } },
    select: { id: true, name: true, currency: true, client: { select: { name: true } } },
  });
  const campaignById = new Map(campaignRows.map((c) => [c.id, c]));
  const campaigns = byCampaign.flatMap((row) => {
    const campaign = campaignById.get(row.campaignId);
    if (!campaign) return [];
    return [
      {
        id: campaign.id,
        name: campaign.name,
        client: campaign.client.name,
        currency: campaign.currency,
        ...toTotals(row._sum),
      },
    ];
  });
  const currencies = new Set(campaigns.map((c) => c.currency));

  // Days before the first day with any data are "no data yet", not zeros: a launch must not
  // read as a spike against an empty history.
  const firstData = history.findIndex((day) => day.impressions + day.clicks + day.spend + day.revenue > 0);
  const anomalies = ANOMALY_METRICS.flatMap((metric) =>
    detectAnomalies(
      history.map((day, index) => ({
        date: day.date,
        value: firstData === -1 || index < firstData ? Number.NaN : day[metric],
      })),
      ANOMALY_OPTIONS,
    )
      .filter((point) => point.date >= input.from)
      .map((point) => ({
        date: point.date,
        metric,
        value: point.value,
        median: point.median,
        score: point.score,
        direction: point.direction,
      })),
  );

  return {
    range: { from: input.from, to: input.to },
    previousRange,
    totals: roundMoney(totals),
    previousTotals: roundMoney(toTotals(previous._sum)),
    trend: trend.map(roundMoney),
    channels: channels.map((row) => ({ channel: row.channel, ...toTotals(row._sum) })),
    campaigns: campaigns.sort((a, b) => b.revenue - a.revenue),
    anomalies,
    currency: currencies.size === 1 ? ([...currencies][0] ?? null) : null,
  };
}

/** Sums of two-decimal amounts drift in binary floating point; cents are what people read. */
function roundMoney<T extends Totals>(row: T): T {
  return { ...row, spend: Math.round(row.spend * 100) / 100, revenue: Math.round(row.revenue * 100) / 100 };
}
