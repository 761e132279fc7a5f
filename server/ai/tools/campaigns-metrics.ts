import { z } from "zod";
import { computeKpis, percentChange, type Kpis, type Totals } from "@/lib/metrics";
import { ZAnalyticsInput, MAX_RANGE_DAYS } from "@/lib/schemas/analytics";
import { ZDay } from "@/lib/schemas/campaigns";
import { ZId } from "@/lib/schemas/clients";
import { AppError } from "../../errors";
import { getAnalytics } from "../../services/analytics/analytics";
import { fromDay, getCampaign, toDay } from "../../services/campaigns/campaigns";
import { getClient } from "../../services/clients/clients";
import { withTenant } from "./tenant";
import type { AgentTool } from "./types";

export const DEFAULT_DAYS = 30;
/** A fitted change across the whole range smaller than this share of the daily mean reads as flat. */
export const FLAT_THRESHOLD = 0.05;
const TOP_CAMPAIGNS = 5;
const DAY_MS = 86_400_000;

const ZCampaignsMetricsInput = z
  .object({
    from: ZDay.optional().describe("First day (YYYY-MM-DD); defaults to `days` before `to`."),
    to: ZDay.optional().describe("Last day (YYYY-MM-DD); defaults to today."),
    days: z
      .number()
      .int()
      .min(1)
      .max(MAX_RANGE_DAYS)
      .optional()
      .describe(`Length of the period when \`from\` is not given; default ${DEFAULT_DAYS}.`),
    clientId: ZId.optional().describe("Only this client's campaigns (an id from the client search)."),
    campaignId: ZId.optional().describe("Only this campaign."),
  })
  .strict();
type TCampaignsMetricsInput = z.infer<typeof ZCampaignsMetricsInput>;

type Direction = "up" | "down" | "flat";

const round = (value: number | null, digits: number) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

/** KPIs rounded for reading: fractions to 4 places (0.0321 = 3.21%), money and multipliers to cents. */
function readable(kpis: Kpis): Kpis {
  return {
    ctr: round(kpis.ctr, 4),
    cpc: round(kpis.cpc, 2),
    cpa: round(kpis.cpa, 2),
    roas: round(kpis.roas, 2),
    roi: round(kpis.roi, 4),
  };
}

const withKpis = (totals: Totals) => ({ ...totals, ...readable(computeKpis(totals)) });

/** Relative change of every total and KPI, from the unrounded values. */
function changeBetween(current: Totals, previous: Totals) {
  const now: Totals & Kpis = { ...current, ...computeKpis(current) };
  const before: Totals & Kpis = { ...previous, ...computeKpis(previous) };
  const keys = Object.keys(now) as (keyof typeof now)[];
  return Object.fromEntries(keys.map((key) => [key, round(percentChange(now[key], before[key]), 4)]));
}

/**
 * The direction of a daily series: the least-squares slope times the range's length, as a
 * share of the daily mean. Under {@link FLAT_THRESHOLD} either way is "flat"; a series with
 * nothing in it (or a single day) has no direction.
 */
export function trendDirection(values: readonly number[]): Direction | null {
  const n = values.length;
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  if (n < 2 || mean === 0) return null;
  const xMean = (n - 1) / 2;
  let covariance = 0;
  let variance = 0;
  values.forEach((value, x) => {
    covariance += (x - xMean) * (value - mean);
    variance += (x - xMean) ** 2;
  });
  const change = ((covariance / variance) * (n - 1)) / Math.abs(mean);
  if (Math.abs(change) < FLAT_THRESHOLD) return "flat";
  return change > 0 ? "up" : "down";
}

/** The period asked for, defaulting to the last {@link DEFAULT_DAYS} days up to today (UTC). */
function periodOf(input: TCampaignsMetricsInput, today: Date) {
  const to = input.to ?? toDay(today);
  const from = input.from ?? toDay(new Date(fromDay(to).getTime() - ((input.days ?? DEFAULT_DAYS) - 1) * DAY_MS));
  const parsed = ZAnalyticsInput.safeParse({ from, to, clientId: input.clientId, campaignId: input.campaignId });
  if (!parsed.success) throw new AppError("BAD_REQUEST", parsed.error.issues.map((issue) => issue.message).join(" "));
  return parsed.data;
}

export const campaignsMetrics = {
  name: "campaigns.metrics",
  description:
    "Campaign performance for a period (default: the last 30 days), agency-wide or for one client or campaign: " +
    "impressions, clicks, conversions, spend, revenue and KPIs (CTR, CPC, CPA, ROAS, ROI), the same for the " +
    "period before, the relative change, the daily trend's direction and the top campaigns by revenue. " +
    "Ratios are fractions (ctr 0.0321 = 3.21%); null means undefined (nothing to divide by).",
  inputSchema: ZCampaignsMetricsInput,
  async execute(ctx, input) {
    const period = periodOf(input, new Date());
    return withTenant(ctx, async (service) => {
      // Looked up first so a wrong id is an error the model can fix, not an empty report.
      const client = period.clientId ? await getClient(service, period.clientId) : null;
      const campaign = period.campaignId ? await getCampaign(service, period.campaignId) : null;
      const analytics = await getAnalytics(service, period);
      return {
        scope: {
          client: client && { id: client.id, name: client.name },
          campaign: campaign && { id: campaign.id, name: campaign.name, client: campaign.client.name },
        },
        range: analytics.range,
        previousRange: analytics.previousRange,
        currency: analytics.currency,
        current: withKpis(analytics.totals),
        previous: withKpis(analytics.previousTotals),
        change: changeBetween(analytics.totals, analytics.previousTotals),
        trend: {
          spend: trendDirection(analytics.trend.map((day) => day.spend)),
          revenue: trendDirection(analytics.trend.map((day) => day.revenue)),
          conversions: trendDirection(analytics.trend.map((day) => day.conversions)),
        },
        topCampaigns: analytics.campaigns
          .slice(0, TOP_CAMPAIGNS)
          .map(({ id, name, client: clientName, currency, ...totals }) => ({
            id,
            name,
            client: clientName,
            currency,
            ...withKpis(totals),
          })),
      };
    });
  },
} satisfies AgentTool<TCampaignsMetricsInput>;
