/** One observation of a daily (or other regular) metric. */
export interface SeriesPoint {
  date: string;
  value: number;
}

export interface AnomalyOptions {
  /** How many preceding points form the baseline. Default 14 (two weeks, so weekday effects balance). */
  window?: number;
  /** The |modified z-score| a point must exceed. Default 3.5, Iglewicz and Hoaglin's recommendation. */
  threshold?: number;
  /** Points with fewer preceding points than this are never judged. Default 7. */
  minHistory?: number;
  /**
   * Judge each day against the same weekday's usual level: quiet weekends (or busy Mondays)
   * are then the pattern, not drops and spikes. A point is judged only once its window holds
   * at least four of each weekday, each with a level above zero (use `window: 28`).
   */
  weekly?: boolean;
}

interface AnomalyBase {
  date: string;
  value: number;
  /** The usual level the point was judged against: the trailing window's median (for its weekday, when `weekly`). */
  median: number;
  direction: "spike" | "drop";
}

/**
 * A flagged point. `score` is its modified z-score; when the whole window held one repeated value
 * there is no spread to scale by, so any departure is flagged with `score: null` and
 * `reason: "flat history"` instead of an infinite score.
 */
export type Anomaly = AnomalyBase & ({ score: number; reason?: never } | { score: null; reason: "flat history" });

// 0.6745 is the 0.75 quantile of the standard normal, making MAD comparable to a standard deviation;
// 1.253314 (sqrt(pi/2)) does the same for the mean absolute deviation.
const MAD_SCALE = 0.6745;
const MEAN_AD_SCALE = 1.253314;

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const ascending = (a: number, b: number) => a - b;

const weekday = (date: string) => new Date(`${date.slice(0, 10)}T00:00:00Z`).getUTCDay();

/** A point with its weekday worked out once (date parsing dominated the weekly score). */
type DayPoint = SeriesPoint & { weekday: number };

/**
 * For the weekly pattern: each history day as its relative departure from the median of the
 * *other* days of its weekday (leaving the day out keeps the spread honest with only four of
 * each), and the judged day's departure from its weekday's median. Null while some weekday
 * has fewer than four days in the window or a usual level of zero.
 */
function weeklyResiduals(history: readonly DayPoint[], point: DayPoint) {
  const byDay: number[][] = Array.from({ length: 7 }, () => []);
  for (const p of history) byDay[p.weekday]!.push(p.value);
  if (byDay.some((values) => values.length < 4)) return null;
  const sorted = byDay.map((values) => [...values].sort(ascending));
  const values: number[] = [];
  for (const p of history) {
    const others = [...sorted[p.weekday]!];
    others.splice(others.indexOf(p.value), 1);
    const level = median(others);
    if (!(level > 0)) return null;
    values.push((p.value - level) / level);
  }
  const usual = median(sorted[point.weekday]!);
  if (!(usual > 0)) return null;
  return { values, value: (point.value - usual) / usual, usual };
}

/** What the point is judged on: raw values, or weekday-relative departures when `weekly`. */
function judged(history: readonly DayPoint[], point: DayPoint, weekly: boolean) {
  if (!weekly) return { values: history.map((p) => p.value), value: point.value, usual: undefined };
  return weeklyResiduals(history, point);
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${value}`);
  return value;
}

/**
 * Points that sit far outside their trailing window, by the robust (modified) z-score
 * `0.6745 * (x - median) / MAD` over the previous `window` points, the point itself excluded so that
 * a spike cannot dilute its own baseline. Medians are used rather than means so that one earlier
 * outlier in the window does not mask the next.
 *
 * When MAD is 0 (over half the window is one value) the score falls back to
 * `(x - median) / (1.253314 * meanAbsoluteDeviation)`; if that is 0 too, see {@link Anomaly}.
 *
 * Over a mostly-zero count history MAD is 0 and the fallback spread is small, so a day of 2 conversions
 * can be flagged; aggregate such sparse metrics (e.g. weekly) before looking for anomalies.
 *
 * `series` must be in chronological order with no gaps the caller cares about; it is not sorted here.
 * Non-finite values are skipped: they are neither judged nor used as history.
 * Throws a RangeError if `window` or `minHistory` is not a positive integer, `minHistory > window`
 * (nothing could ever be judged), or `threshold` is not a positive number.
 */
export function detectAnomalies(series: readonly SeriesPoint[], options: AnomalyOptions = {}): Anomaly[] {
  const window = positiveInteger("window", options.window ?? 14);
  const minHistory = positiveInteger("minHistory", options.minHistory ?? 7);
  const threshold = options.threshold ?? 3.5;
  if (minHistory > window) throw new RangeError(`minHistory (${minHistory}) cannot exceed window (${window})`);
  if (!(threshold > 0) || !Number.isFinite(threshold)) {
    throw new RangeError(`threshold must be a positive number, got ${threshold}`);
  }

  const points: DayPoint[] = series
    .filter((point) => Number.isFinite(point.value))
    .map((point) => ({ ...point, weekday: options.weekly ? weekday(point.date) : 0 }));
  const anomalies: Anomaly[] = [];
  for (let i = minHistory; i < points.length; i += 1) {
    const point = points[i]!;
    const { date, value: raw } = point;
    const scaled = judged(points.slice(Math.max(0, i - window), i), point, options.weekly ?? false);
    if (!scaled) continue;
    const history = scaled.values.sort(ascending);
    const value = scaled.value;
    const center = median(history);
    const deviations = history.map((x) => Math.abs(x - center));
    const mad = median([...deviations].sort(ascending));
    const direction = value > center ? "spike" : "drop";
    // Reported in the metric's own units: the usual level (for this weekday, when weekly).
    const usual = scaled.usual ?? center;

    let score: number;
    // Below rounding noise, a spread is no spread.
    if (mad > 1e-9 * Math.abs(center)) {
      score = (MAD_SCALE * (value - center)) / mad;
    } else {
      const meanAd = deviations.reduce((sum, d) => sum + d, 0) / deviations.length;
      if (meanAd === 0) {
        if (value !== center)
          anomalies.push({ date, value: raw, median: usual, direction, score: null, reason: "flat history" });
        continue;
      }
      score = (value - center) / (MEAN_AD_SCALE * meanAd);
    }
    if (Math.abs(score) > threshold) anomalies.push({ date, value: raw, median: usual, direction, score });
  }
  return anomalies;
}
