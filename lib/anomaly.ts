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
}

interface AnomalyBase {
  date: string;
  value: number;
  /** The median of the trailing window the point was judged against. */
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

  const points = series.filter((point) => Number.isFinite(point.value));
  const anomalies: Anomaly[] = [];
  for (let i = minHistory; i < points.length; i += 1) {
    const { date, value } = points[i]!;
    const history = points
      .slice(Math.max(0, i - window), i)
      .map((point) => point.value)
      .sort(ascending);
    const center = median(history);
    const deviations = history.map((x) => Math.abs(x - center));
    const mad = median([...deviations].sort(ascending));
    const direction = value > center ? "spike" : "drop";

    let score: number;
    if (mad > 0) {
      score = (MAD_SCALE * (value - center)) / mad;
    } else {
      const meanAd = deviations.reduce((sum, d) => sum + d, 0) / deviations.length;
      if (meanAd === 0) {
        if (value !== center)
          anomalies.push({ date, value, median: center, direction, score: null, reason: "flat history" });
        continue;
      }
      score = (value - center) / (MEAN_AD_SCALE * meanAd);
    }
    if (Math.abs(score) > threshold) anomalies.push({ date, value, median: center, direction, score });
  }
  return anomalies;
}
