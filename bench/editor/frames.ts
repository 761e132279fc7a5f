import { median, percentile } from "../shared/percentile";
import { SLOW_FRAME_MS } from "./config";
import type { LongTask } from "./page-probe";

/** Frame rate over a stretch of rAF timestamps: each interval between two frames is one sample. */
export type FrameStats = {
  intervals: number;
  /** Median and 5th percentile of 1000 / interval (p5: the slowest 5 % of frames are at or below it). */
  medianFps: number;
  p5Fps: number;
  /** Frames over the stretch's time. */
  meanFps: number;
  /** Share of intervals longer than SLOW_FRAME_MS (20 ms: slower than 50 fps). */
  slowShare: number;
  maxIntervalMs: number;
};

export type LongTaskStats = { count: number; totalMs: number; maxMs: number };

const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;

export const intervalsOf = (timestamps: readonly number[]) =>
  timestamps.slice(1).map((t, i) => t - (timestamps[i] ?? t));

export function frameStats(intervals: readonly number[]): FrameStats {
  const fps = intervals.map((ms) => 1000 / ms);
  const total = intervals.reduce((sum, ms) => sum + ms, 0);
  return {
    intervals: intervals.length,
    medianFps: round(median(fps)),
    p5Fps: round(percentile(fps, 5)),
    meanFps: round(total > 0 ? (intervals.length * 1000) / total : Number.NaN),
    slowShare: round(intervals.length ? intervals.filter((ms) => ms > SLOW_FRAME_MS).length / intervals.length : 0, 3),
    maxIntervalMs: round(Math.max(0, ...intervals)),
  };
}

export function longTaskStats(tasks: readonly LongTask[]): LongTaskStats {
  return {
    count: tasks.length,
    totalMs: round(tasks.reduce((sum, task) => sum + task.duration, 0)),
    maxMs: round(Math.max(0, ...tasks.map((task) => task.duration))),
  };
}
