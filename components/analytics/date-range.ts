import { ZAnalyticsInput } from "@/lib/schemas/analytics";

export const PERIOD_PRESETS = ["last7", "last30", "last90", "thisMonth", "custom"] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export const PERIOD_LABELS: Record<PeriodPreset, string> = {
  last7: "Last 7 days",
  last30: "Last 30 days",
  last90: "Last 90 days",
  thisMonth: "This month",
  custom: "Custom",
};

export type DayRange = { from: string; to: string };

const DAY_MS = 86_400_000;

const toDay = (date: Date) => date.toISOString().slice(0, 10);

/** `day` moved by `days` calendar days; days are UTC calendar dates, as the server stores them. */
export function shiftDay(day: string, days: number): string {
  return toDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** Today as a UTC calendar day. */
export function todayUtc(now: Date = new Date()): string {
  return toDay(now);
}

/**
 * The days a preset covers. The "last N days" presets end yesterday, since today's metrics are
 * usually not imported yet and a half-day would drag every comparison down; "This month" runs
 * to today so that it is never empty on the 1st.
 */
export function presetRange(preset: Exclude<PeriodPreset, "custom">, today: string): DayRange {
  if (preset === "thisMonth") return { from: `${today.slice(0, 7)}-01`, to: today };
  const length = preset === "last7" ? 7 : preset === "last30" ? 30 : 90;
  const to = shiftDay(today, -1);
  return { from: shiftDay(to, -(length - 1)), to };
}

/** Field errors for a custom range, by the server's own rules (valid days, start ≤ end, at most a year). */
export function rangeErrors(range: DayRange): { from?: string; to?: string } {
  const result = ZAnalyticsInput.safeParse(range);
  if (result.success) return {};
  const errors: { from?: string; to?: string } = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if ((field === "from" || field === "to") && errors[field] === undefined) errors[field] = issue.message;
  }
  return errors;
}
