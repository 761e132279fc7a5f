import { z } from "zod";
import { CHANNELS, ZDay } from "./campaigns";
import { ZId } from "./clients";

/** Longest range one dashboard query covers. */
export const MAX_RANGE_DAYS = 366;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

export const ZAnalyticsInput = z
  .object({
    from: ZDay,
    to: ZDay,
    clientId: ZId.optional(),
    campaignId: ZId.optional(),
  })
  .strict()
  .refine((value) => value.from <= value.to, { message: "The start must be on or before the end.", path: ["to"] })
  .refine((value) => dayNumber(value.to) - dayNumber(value.from) < MAX_RANGE_DAYS, {
    message: `Choose at most ${MAX_RANGE_DAYS} days.`,
    path: ["from"],
  });
export type TAnalyticsInput = z.infer<typeof ZAnalyticsInput>;

export const ZTotals = z.object({
  impressions: z.number(),
  clicks: z.number(),
  conversions: z.number(),
  spend: z.number(),
  revenue: z.number(),
});

export const ZAnalytics = z.object({
  range: z.object({ from: z.string(), to: z.string() }),
  previousRange: z.object({ from: z.string(), to: z.string() }),
  totals: ZTotals,
  previousTotals: ZTotals,
  /** Every day of the range, zero-filled. */
  trend: z.array(ZTotals.extend({ date: z.string() })),
  channels: z.array(ZTotals.extend({ channel: z.enum(CHANNELS) })),
  campaigns: z.array(ZTotals.extend({ id: z.string(), name: z.string(), client: z.string(), currency: z.string() })),
  anomalies: z.array(
    z.object({
      date: z.string(),
      metric: z.enum(["spend", "revenue", "conversions"]),
      value: z.number(),
      median: z.number(),
      score: z.number().nullable(),
      direction: z.enum(["spike", "drop"]),
    }),
  ),
  /** The one currency of the campaigns in view, or null when they mix currencies. */
  currency: z.string().nullable(),
});
export type TAnalytics = z.infer<typeof ZAnalytics>;
