import { describe, expect, it } from "vitest";
import { computeKpis, EMPTY_KPI, formatKpi, type Kpis, percentChange, sumTotals, type Totals } from "./metrics";

// Intl separates the number from "%" and "€" with a no-break space in de-DE.
const NBSP = "\u00a0";
const US = { locale: "en-US", currency: "USD" };
const DE = { locale: "de-DE", currency: "EUR" };

const totals = (partial: Partial<Totals>): Totals => ({
  impressions: 0,
  clicks: 0,
  conversions: 0,
  spend: 0,
  revenue: 0,
  ...partial,
});

describe("computeKpis", () => {
  it("computes each KPI from known values", () => {
    const kpis = computeKpis({ impressions: 10_000, clicks: 321, conversions: 16, spend: 400, revenue: 980 });
    expect(kpis.ctr).toBeCloseTo(0.0321, 10);
    expect(kpis.cpc).toBeCloseTo(400 / 321, 10);
    expect(kpis.cpa).toBe(25);
    expect(kpis.roas).toBe(2.45);
    expect(kpis.roi).toBe(1.45);
  });

  it("gives null, never NaN or Infinity, for every zero denominator", () => {
    expect(computeKpis(totals({}))).toEqual({ ctr: null, cpc: null, cpa: null, roas: null, roi: null });
    // Non-zero numerators over zero would be Infinity.
    expect(computeKpis(totals({ clicks: 5, spend: 10, revenue: 30 }))).toEqual({
      ctr: null,
      cpc: 2,
      cpa: null,
      roas: 3,
      roi: 2,
    });
    expect(computeKpis(totals({ impressions: 100, revenue: 50 }))).toMatchObject({ ctr: 0, roas: null, roi: null });
  });

  it("returns null rather than NaN for non-finite inputs", () => {
    const kpis = computeKpis(totals({ impressions: Number.NaN, clicks: 3, spend: Infinity, conversions: 1 }));
    expect(kpis.ctr).toBeNull();
    expect(kpis.cpc).toBeNull();
    expect(kpis.cpa).toBeNull();
    for (const value of Object.values(kpis) as Kpis[keyof Kpis][]) {
      if (value !== null) expect(Number.isFinite(value)).toBe(true);
    }
  });

  it("reports a loss as negative ROI and a total loss as -100%", () => {
    expect(computeKpis(totals({ spend: 200, revenue: 50 })).roi).toBe(-0.75);
    expect(computeKpis(totals({ spend: 200 })).roi).toBe(-1);
    expect(computeKpis(totals({ spend: 200 })).roas).toBe(0);
  });
});

describe("sumTotals", () => {
  it("adds rows field by field, including fractional currency", () => {
    const sum = sumTotals([
      { impressions: 1000, clicks: 10, conversions: 1, spend: 12.5, revenue: 40.25 },
      { impressions: 3000, clicks: 50, conversions: 0, spend: 7.75, revenue: 0 },
      totals({ impressions: 1 }),
    ]);
    expect(sum).toEqual({ impressions: 4001, clicks: 60, conversions: 1, spend: 20.25, revenue: 40.25 });
  });

  it("returns zeros for no rows, which compute to null KPIs", () => {
    expect(sumTotals([])).toEqual(totals({}));
    expect(computeKpis(sumTotals([])).ctr).toBeNull();
  });

  it("does not mutate its input", () => {
    const row = totals({ clicks: 2 });
    sumTotals([row, row]);
    expect(row.clicks).toBe(2);
  });

  it("weights KPIs by volume when computed from the sum", () => {
    const sum = sumTotals([totals({ impressions: 10, clicks: 5 }), totals({ impressions: 990, clicks: 5 })]);
    expect(computeKpis(sum).ctr).toBe(0.01); // not the 0.2525 mean of the per-row CTRs
  });
});

describe("percentChange", () => {
  it("returns the relative change as a fraction", () => {
    expect(percentChange(125, 100)).toBe(0.25);
    expect(percentChange(50, 100)).toBe(-0.5);
    expect(percentChange(100, 100)).toBe(0);
    expect(percentChange(0, 100)).toBe(-1);
  });

  it("is null when previous is 0 or either side is null", () => {
    expect(percentChange(10, 0)).toBeNull();
    expect(percentChange(0, 0)).toBeNull();
    expect(percentChange(null, 10)).toBeNull();
    expect(percentChange(10, null)).toBeNull();
    expect(percentChange(null, null)).toBeNull();
  });

  it("treats a rise from a negative value (e.g. ROI) as an improvement", () => {
    expect(percentChange(-0.25, -0.5)).toBe(0.5);
    expect(percentChange(-1, -0.5)).toBe(-1);
  });
});

describe("formatKpi", () => {
  it("renders null and non-finite values as an em dash", () => {
    for (const kind of ["ctr", "cpc", "cpa", "roas", "roi", "spend", "impressions"] as const) {
      expect(formatKpi(kind, null, US)).toBe(EMPTY_KPI);
    }
    expect(EMPTY_KPI).toBe("—");
    expect(formatKpi("ctr", Number.NaN, US)).toBe("—");
    expect(formatKpi("roas", Infinity, DE)).toBe("—");
  });

  it("formats a zero-denominator KPI end to end as an em dash", () => {
    const kpis = computeKpis(totals({ impressions: 500 }));
    expect(formatKpi("ctr", kpis.ctr, US)).toBe("0.00%");
    expect(formatKpi("cpc", kpis.cpc, US)).toBe("—");
    expect(formatKpi("roas", kpis.roas, DE)).toBe("—");
  });

  it("formats CTR and ROI as percents with two decimals", () => {
    expect(formatKpi("ctr", 0.0321, US)).toBe("3.21%");
    expect(formatKpi("ctr", 0.032, US)).toBe("3.20%");
    expect(formatKpi("roi", 1.45, US)).toBe("145.00%");
    expect(formatKpi("roi", -0.75, US)).toBe("-75.00%");
    expect(formatKpi("ctr", 0.0321, DE)).toBe(`3,21${NBSP}%`);
    expect(formatKpi("roi", 12.3456, DE)).toBe(`1.234,56${NBSP}%`);
  });

  it("rounds half away from zero at the displayed precision", () => {
    expect(formatKpi("ctr", 0.012345, US)).toBe("1.23%");
    expect(formatKpi("ctr", 0.012355, US)).toBe("1.24%");
    expect(formatKpi("roas", 2.445, US)).toBe("2.45×");
    expect(formatKpi("roas", 2.4449, US)).toBe("2.44×");
    expect(formatKpi("cpc", 1.005, US)).toBe("$1.01");
    expect(formatKpi("cpc", 1.2449, US)).toBe("$1.24");
  });

  it("never shows a negative zero", () => {
    expect(formatKpi("roi", -0.00001, US)).toBe("0.00%");
    expect(formatKpi("roi", -0, US)).toBe("0.00%");
    expect(formatKpi("cpc", -0.001, US)).toBe("$0.00");
    expect(formatKpi("roas", -0.001, DE)).toBe("0,00×");
    // But a negative that survives rounding keeps its sign.
    expect(formatKpi("roi", -0.0001, US)).toBe("-0.01%");
  });

  it("formats ROAS as a locale-aware multiplier", () => {
    expect(formatKpi("roas", 2.45, US)).toBe("2.45×");
    expect(formatKpi("roas", 3, US)).toBe("3.00×");
    expect(formatKpi("roas", 2.45, DE)).toBe("2,45×");
    expect(formatKpi("roas", 1234.5, US)).toBe("1,234.50×");
  });

  it("formats money kinds in the given currency and locale", () => {
    expect(formatKpi("cpc", 1.5, US)).toBe("$1.50");
    expect(formatKpi("cpa", 25, US)).toBe("$25.00");
    expect(formatKpi("spend", 1234.5, US)).toBe("$1,234.50");
    expect(formatKpi("revenue", 1234567.891, US)).toBe("$1,234,567.89");
    expect(formatKpi("spend", 1234.5, DE)).toBe(`1.234,50${NBSP}€`);
    expect(formatKpi("cpa", 25, DE)).toBe(`25,00${NBSP}€`);
  });

  it("mixes locales and currencies independently", () => {
    expect(formatKpi("spend", 1234.5, { locale: "en-US", currency: "EUR" })).toBe("€1,234.50");
    expect(formatKpi("spend", 1234.5, { locale: "de-DE", currency: "USD" })).toBe(`1.234,50${NBSP}$`);
    // A currency's own minor units are respected.
    expect(formatKpi("spend", 1234.5, { locale: "en-US", currency: "JPY" })).toBe("¥1,235");
  });

  it("formats counts as grouped integers", () => {
    expect(formatKpi("impressions", 1234567, US)).toBe("1,234,567");
    expect(formatKpi("clicks", 0, US)).toBe("0");
    expect(formatKpi("conversions", 1234567, DE)).toBe("1.234.567");
    expect(formatKpi("conversions", 2.6, US)).toBe("3");
  });

  it("does not confuse cached formatters across locales and currencies", () => {
    expect(formatKpi("spend", 1, US)).toBe("$1.00");
    expect(formatKpi("spend", 1, { locale: "en-US", currency: "EUR" })).toBe("€1.00");
    expect(formatKpi("spend", 1, US)).toBe("$1.00");
    expect(formatKpi("impressions", 1000, DE)).toBe("1.000");
    expect(formatKpi("impressions", 1000, US)).toBe("1,000");
  });

  it("rejects an invalid currency code as Intl does", () => {
    expect(() => formatKpi("spend", 1, { locale: "en-US", currency: "DOLLARS" })).toThrow(RangeError);
  });
});
