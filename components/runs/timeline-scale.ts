export type Span = { start: number; end: number };
/** Where a bar sits on the timeline's track, in percent of its width. */
export type Bar = { offset: number; width: number };

/** The narrowest bar, in percent: a step that took no time is still a mark you can see. */
export const MIN_BAR_PERCENT = 0.75;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * The stretch of time the timeline covers: from the run's start (or the first step's, if
 * earlier) to its end (or the last step's, if later). Empty at 0 when there is nothing to show.
 */
export function timelineWindow(spans: readonly Span[], runStart: number | null, runEnd: number | null): Span {
  const starts = spans.map((span) => span.start);
  const ends = spans.map((span) => span.end);
  if (runStart !== null) starts.push(runStart);
  if (runEnd !== null) ends.push(runEnd);
  if (!starts.length) return { start: 0, end: 0 };
  const start = Math.min(...starts);
  return { start, end: Math.max(start, ...ends) };
}

/**
 * Each span as a bar on a track covering `window`: offset and width proportional to time, at
 * least MIN_BAR_PERCENT wide, never past the track's end.
 */
export function scaleBars(spans: readonly Span[], window: Span): Bar[] {
  const total = window.end - window.start;
  return spans.map((span) => {
    if (total <= 0) return { offset: 0, width: MIN_BAR_PERCENT };
    const width = clamp(((span.end - span.start) / total) * 100, MIN_BAR_PERCENT, 100);
    const offset = clamp(((span.start - window.start) / total) * 100, 0, 100 - width);
    return { offset, width };
  });
}
