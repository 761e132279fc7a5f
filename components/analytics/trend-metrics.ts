import type { TAnalytics } from "@/lib/schemas/analytics";

export const TREND_VIEWS = ["money", "clicks", "conversions"] as const;
export type TrendView = (typeof TREND_VIEWS)[number];

export const TREND_VIEW_LABELS: Record<TrendView, string> = {
  money: "Spend & revenue",
  clicks: "Clicks",
  conversions: "Conversions",
};

type Series = { key: "spend" | "revenue" | "clicks" | "conversions"; name: string; color: string };

/** The lines each view draws; colours are theme tokens so the chart follows light and dark mode. */
export const TREND_SERIES: Record<TrendView, readonly Series[]> = {
  money: [
    { key: "spend", name: "Spend", color: "var(--primary)" },
    { key: "revenue", name: "Revenue", color: "var(--success)" },
  ],
  clicks: [{ key: "clicks", name: "Clicks", color: "var(--primary)" }],
  conversions: [{ key: "conversions", name: "Conversions", color: "var(--success)" }],
};

export const METRIC_LABELS: Record<TAnalytics["anomalies"][number]["metric"], string> = {
  spend: "Spend",
  revenue: "Revenue",
  conversions: "Conversions",
};

/** Anomalies of the metrics a view draws (clicks are not checked for anomalies, so that view has none). */
export function anomaliesInView(anomalies: TAnalytics["anomalies"], view: TrendView): TAnalytics["anomalies"] {
  const keys: readonly string[] = TREND_SERIES[view].map((series) => series.key);
  return anomalies.filter((anomaly) => keys.includes(anomaly.metric));
}
