/** Raw campaign counters for a period; `spend` and `revenue` are in currency units and may be fractional. */
export interface Totals {
  impressions: number;
  clicks: number;
  conversions: number;
  spend: number;
  revenue: number;
}

/**
 * Derived KPIs. Ratios are fractions (a CTR of 3.21% is `0.0321`); `null` means "not defined for this
 * period" (nothing to divide by), which the UI shows as "—" rather than a misleading 0.
 */
export interface Kpis {
  ctr: number | null;
  cpc: number | null;
  cpa: number | null;
  roas: number | null;
  roi: number | null;
}

export type KpiKind = keyof Kpis | keyof Totals;

export interface FormatOptions {
  /** A BCP 47 tag such as "en-US" or "de-DE". */
  locale: string;
  /** An ISO 4217 code such as "USD"; used only by the currency kinds. */
  currency: string;
}

/** What a null (or otherwise unshowable) value renders as. */
export const EMPTY_KPI = "—";

const TOTAL_KEYS = ["impressions", "clicks", "conversions", "spend", "revenue"] as const;

// A zero denominator is normal (a paused campaign has no clicks), so it is data, not an error;
// the finiteness check also keeps NaN from bad input out of charts and sums.
function ratio(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  const value = numerator / denominator;
  return Number.isFinite(value) ? value : null;
}

/** CTR, CPC, CPA, ROAS and ROI from totals; each is `null` when its denominator is 0, never NaN or Infinity. */
export function computeKpis(totals: Totals): Kpis {
  const { impressions, clicks, conversions, spend, revenue } = totals;
  return {
    ctr: ratio(clicks, impressions),
    cpc: ratio(spend, clicks),
    cpa: ratio(spend, conversions),
    roas: ratio(revenue, spend),
    roi: ratio(revenue - spend, spend),
  };
}

/**
 * Adds rows field by field. KPIs of a group must be computed from the summed totals, not by
 * averaging per-row KPIs, which would weight a 10-impression row like a 10-million one.
 */
export function sumTotals(rows: readonly Totals[]): Totals {
  const sum: Totals = { impressions: 0, clicks: 0, conversions: 0, spend: 0, revenue: 0 };
  for (const row of rows) for (const key of TOTAL_KEYS) sum[key] += row[key];
  return sum;
}

/**
 * Relative change as a fraction (`0.25` is +25%, formattable with the "roi" kind). `null` when either
 * side is missing or `previous` is 0, since growth from nothing has no meaningful percentage.
 */
export function percentChange(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  // Divide by |previous| so that going from -100 to -50 reads as an improvement, not a decline.
  return ratio(current - previous, Math.abs(previous));
}

type Style = "percent" | "multiplier" | "currency" | "count";

const STYLE: Record<KpiKind, Style> = {
  ctr: "percent",
  roi: "percent",
  roas: "multiplier",
  cpc: "currency",
  cpa: "currency",
  spend: "currency",
  revenue: "currency",
  impressions: "count",
  clicks: "count",
  conversions: "count",
};

// Building an Intl.NumberFormat is far costlier than using one, and a dashboard formats thousands of
// cells with a handful of locale/currency pairs, so formatters are kept per pair.
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(style: Style, { locale, currency }: FormatOptions): Intl.NumberFormat {
  const key = `${style}|${locale}|${style === "currency" ? currency : ""}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.NumberFormatOptions =
      style === "percent"
        ? { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 }
        : style === "multiplier"
          ? { minimumFractionDigits: 2, maximumFractionDigits: 2 }
          : style === "currency"
            ? { style: "currency", currency } // the currency's own minor units: 2 for EUR, 0 for JPY
            : { maximumFractionDigits: 0, useGrouping: true };
    formatter = new Intl.NumberFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A KPI or total for display: CTR/ROI as a percent ("3.21%"), ROAS as a multiplier ("2.45×"),
 * CPC/CPA/spend/revenue in `currency`, counts with grouping ("1,234,567"), all in `locale`.
 * `null`, NaN and ±Infinity render as {@link EMPTY_KPI}. Throws a RangeError for an unknown
 * locale or currency code, as Intl does.
 */
export function formatKpi(kind: KpiKind, value: number | null, options: FormatOptions): string {
  if (value === null || !Number.isFinite(value)) return EMPTY_KPI;
  const style = STYLE[kind];
  const formatter = formatterFor(style, options);
  // A tiny negative that rounds to zero would print as "-0.00%", which reads as a loss.
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 0;
  const shown = Math.abs(value) * (style === "percent" ? 100 : 1) * 10 ** digits < 0.5 ? 0 : value;
  const text = formatter.format(shown);
  return style === "multiplier" ? `${text}×` : text;
}
