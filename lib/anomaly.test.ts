import { describe, expect, it } from "vitest";
import { detectAnomalies, type SeriesPoint } from "./anomaly";

const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
const toSeries = (values: readonly number[]): SeriesPoint[] => values.map((value, i) => ({ date: day(i), value }));

// Two months of a plausible daily metric: jitter plus a weekend dip, the kind of regular
// variation that must not be flagged.
const JITTER = [3, -2, 5, -4, 1, -1, 2, -3, 4, 0, -5, 2, -1, 3];
const baseline = (length: number, level = 100) =>
  Array.from({ length }, (_, i) => level + JITTER[i % JITTER.length]! + (i % 7 >= 5 ? -10 : 0));

describe("detectAnomalies", () => {
  it("finds one planted spike and one planted drop and nothing else", () => {
    const values = baseline(60);
    values[25] = 220;
    values[40] = 20;
    const anomalies = detectAnomalies(toSeries(values));
    expect(anomalies).toHaveLength(2);
    expect(anomalies[0]).toMatchObject({ date: day(25), value: 220, median: 97.5, direction: "spike" });
    expect(anomalies[1]).toMatchObject({ date: day(40), value: 20, median: 97.5, direction: "drop" });
    expect(anomalies[0]!.score).toBeGreaterThan(3.5);
    expect(anomalies[1]!.score).toBeLessThan(-3.5);
  });

  it("does not let a spike raise the baseline of the days after it", () => {
    const values = baseline(60);
    values[25] = 10_000;
    values[26] = 130; // high, but judged against a median the spike barely moves
    expect(detectAnomalies(toSeries(values)).map((a) => a.date)).toEqual([day(25), day(26)]);
  });

  it("computes the modified z-score over the trailing window only", () => {
    // History 1..7: median 4, absolute deviations 3,2,1,0,1,2,3, MAD 2.
    const [anomaly] = detectAnomalies(toSeries([1, 2, 3, 4, 5, 6, 7, 20]), { window: 7 });
    expect(anomaly).toMatchObject({ date: day(7), value: 20, median: 4, direction: "spike" });
    expect(anomaly!.score).toBeCloseTo((0.6745 * 16) / 2, 10);
    // A longer series: only the last 7 points before the judged one count.
    const shifted = detectAnomalies(toSeries([1000, 1000, 1, 2, 3, 4, 5, 6, 7, 20]), { window: 7 });
    expect(shifted.at(-1)).toMatchObject({ date: day(9), median: 4 });
    expect(shifted.at(-1)!.score).toBeCloseTo(5.396, 10);
  });

  it("uses a strict, configurable threshold", () => {
    // Same history: 0.6745 * (x - 4) / 2 > 3.5 needs x > 14.378.
    const history = [1, 2, 3, 4, 5, 6, 7];
    expect(detectAnomalies(toSeries([...history, 14.3]), { window: 7 })).toEqual([]);
    expect(detectAnomalies(toSeries([...history, 14.4]), { window: 7 })).toHaveLength(1);
    expect(detectAnomalies(toSeries([...history, 12]), { window: 7, threshold: 2 })).toHaveLength(1);
  });

  it("judges nothing until minHistory points precede it", () => {
    expect(detectAnomalies([])).toEqual([]);
    expect(detectAnomalies(toSeries([5]))).toEqual([]);
    // Seven points: the last has only six before it.
    expect(detectAnomalies(toSeries([10, 11, 9, 10, 12, 10, 1_000_000]))).toEqual([]);
    expect(detectAnomalies(toSeries([10, 11, 9, 10, 12, 10, 11, 1_000_000]))).toHaveLength(1);
    expect(detectAnomalies(toSeries([10, 11, 9, 1_000_000]), { minHistory: 3 })).toHaveLength(1);
  });

  it("reports a departure from a flat history with a null score, not Infinity", () => {
    const flat = Array<number>(10).fill(50);
    expect(detectAnomalies(toSeries([...flat, 50]))).toEqual([]);
    expect(detectAnomalies(toSeries([...flat, 51]))).toEqual([
      { date: day(10), value: 51, median: 50, direction: "spike", score: null, reason: "flat history" },
    ]);
    expect(detectAnomalies(toSeries([...flat, 0]))).toEqual([
      { date: day(10), value: 0, median: 50, direction: "drop", score: null, reason: "flat history" },
    ]);
  });

  it("falls back to the scaled mean absolute deviation when MAD is 0", () => {
    // Thirteen 10s and one 50: median 10, MAD 0, mean absolute deviation 40/14.
    const history = [...Array<number>(13).fill(10), 50];
    const anomalies = detectAnomalies(toSeries([...history, 30]));
    // The 50 itself departed from a flat history; the 30 is the point under test.
    expect(anomalies.map((a) => a.value)).toEqual([50, 30]);
    const anomaly = anomalies[1];
    expect(anomaly).toMatchObject({ value: 30, median: 10, direction: "spike" });
    expect(anomaly!.score).toBeCloseTo(20 / (1.253314 * (40 / 14)), 10);
    expect(anomaly!.reason).toBeUndefined();
    expect(detectAnomalies(toSeries([...history, 12])).map((a) => a.value)).toEqual([50]);
  });

  it("handles zeros: a sparse count series and a steady metric that drops to zero", () => {
    expect(detectAnomalies(toSeries(Array<number>(30).fill(0)))).toEqual([]);
    const sparse = [0, 1, 1, 0, 2, 0, 1, 0, 1, 1, 0, 2, 0, 1, 1, 0, 0, 1, 2, 0];
    expect(detectAnomalies(toSeries(sparse))).toEqual([]);
    // Known limitation: over a mostly-zero history MAD is 0 and the fallback spread is tiny, so one 2 is flagged.
    expect(detectAnomalies(toSeries([0, 1, 0, 0, 2, 0, 1, 0, 0, 1, 0, 2]))).toEqual([
      expect.objectContaining({ date: day(11), value: 2, median: 0, direction: "spike" }),
    ]);
    const steady = [...baseline(20), 0, ...baseline(5)];
    expect(detectAnomalies(toSeries(steady))).toEqual([
      expect.objectContaining({ date: day(20), value: 0, direction: "drop" }),
    ]);
  });

  it("adapts to a lasting level shift once it fills half the window", () => {
    const values = [...baseline(28), ...baseline(28, 200)];
    const flagged = detectAnomalies(toSeries(values)).map((a) => a.date);
    expect(flagged[0]).toBe(day(28));
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.length).toBeLessThanOrEqual(7);
    expect(flagged.every((date) => date < day(28 + 7))).toBe(true);
  });

  it("skips non-finite values entirely", () => {
    const values = baseline(30);
    values[10] = Number.NaN;
    values[20] = Infinity;
    expect(detectAnomalies(toSeries(values))).toEqual([]);
  });

  it("never returns an infinite or NaN score", () => {
    // Flat runs of 8 (MAD and mean deviation both 0) alternate with varied runs (either may be 0).
    const values = Array.from({ length: 200 }, (_, i) => (Math.floor(i / 8) % 2 === 0 ? 3 : (i * 31) % 5));
    const anomalies = detectAnomalies(toSeries(values), { window: 5, minHistory: 3, threshold: 0.5 });
    expect(anomalies.some((a) => a.score === null)).toBe(true);
    expect(anomalies.some((a) => a.score !== null)).toBe(true);
    for (const anomaly of anomalies) {
      if (anomaly.score === null) expect(anomaly.reason).toBe("flat history");
      else expect(Number.isFinite(anomaly.score)).toBe(true);
    }
  });

  it("rejects options that could never flag anything", () => {
    expect(() => detectAnomalies([], { window: 0 })).toThrow(RangeError);
    expect(() => detectAnomalies([], { window: 2.5 })).toThrow(RangeError);
    expect(() => detectAnomalies([], { minHistory: 0 })).toThrow(RangeError);
    expect(() => detectAnomalies([], { window: 5 })).toThrow(/minHistory/);
    expect(() => detectAnomalies([], { threshold: 0 })).toThrow(RangeError);
    expect(() => detectAnomalies([], { threshold: Number.NaN })).toThrow(RangeError);
    expect(detectAnomalies([], { window: 5, minHistory: 5 })).toEqual([]);
  });

  describe("weekly", () => {
    // A B2B metric: busy weekdays, weekends at about a third of them, with ±10% noise from a
    // fixed-seed generator (so every run sees the same series).
    const weekdayHeavy = (weeks: number) => {
      let seed = 42;
      const noise = () => {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        return seed / 2 ** 31 - 0.5;
      };
      return Array.from({ length: weeks * 7 }, (_, i) => {
        const weekend = [0, 6].includes(new Date(`${day(i)}T00:00:00Z`).getUTCDay());
        return Math.round((weekend ? 35 : 100) * (1 + noise() / 5));
      });
    };

    it("reads quiet weekends as drops without it, and as the pattern with it", () => {
      const series = toSeries(weekdayHeavy(8));
      const plain = detectAnomalies(series, { window: 28 });
      expect(plain.length).toBeGreaterThan(0);
      expect(plain.every((a) => a.direction === "drop")).toBe(true);
      expect(detectAnomalies(series, { window: 28, weekly: true })).toEqual([]);
    });

    it("still finds a weekday collapse and a weekend spike, reporting that weekday's usual level", () => {
      const values = weekdayHeavy(8);
      const saturday = values.findIndex((_, i) => i > 35 && new Date(`${day(i)}T00:00:00Z`).getUTCDay() === 6);
      values[saturday] = 100; // a weekday-sized Saturday: ordinary on a Tuesday, a spike on a Saturday
      values[saturday + 3] = 30; // a Tuesday at weekend level
      const found = detectAnomalies(toSeries(values), { window: 28, weekly: true });
      expect(found.map((a) => [a.date, a.direction])).toEqual([
        [day(saturday), "spike"],
        [day(saturday + 3), "drop"],
      ]);
      expect(found[0]!.median).toBeGreaterThan(30);
      expect(found[0]!.median).toBeLessThan(40);
      expect(found[1]!.median).toBeGreaterThan(95);
    });

    it("judges nothing until four of every weekday precede it", () => {
      const values = weekdayHeavy(5);
      values[27] = 500;
      values[28] = 500;
      const found = detectAnomalies(toSeries(values), { window: 28, weekly: true });
      expect(found.map((a) => a.date)).toEqual([day(28)]);
    });
  });
});
