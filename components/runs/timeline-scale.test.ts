import { describe, expect, it } from "vitest";
import { MIN_BAR_PERCENT, scaleBars, timelineWindow } from "./timeline-scale";

describe("timelineWindow", () => {
  it("covers the run and every step", () => {
    const spans = [
      { start: 1_000, end: 1_500 },
      { start: 1_500, end: 4_000 },
    ];
    expect(timelineWindow(spans, 900, 3_000)).toEqual({ start: 900, end: 4_000 });
    expect(timelineWindow(spans, null, null)).toEqual({ start: 1_000, end: 4_000 });
    expect(timelineWindow([], 500, 800)).toEqual({ start: 500, end: 800 });
  });

  it("is empty when there is nothing at all", () => {
    expect(timelineWindow([], null, null)).toEqual({ start: 0, end: 0 });
  });
});

describe("scaleBars", () => {
  it("places bars in proportion to time", () => {
    const bars = scaleBars(
      [
        { start: 0, end: 250 },
        { start: 250, end: 1_000 },
      ],
      { start: 0, end: 1_000 },
    );
    expect(bars).toEqual([
      { offset: 0, width: 25 },
      { offset: 25, width: 75 },
    ]);
  });

  it("keeps an instant step visible without running past the end", () => {
    const [instant, atEnd] = scaleBars(
      [
        { start: 400, end: 400 },
        { start: 1_000, end: 1_000 },
      ],
      { start: 0, end: 1_000 },
    );
    expect(instant).toEqual({ offset: 40, width: MIN_BAR_PERCENT });
    expect(atEnd!.offset + atEnd!.width).toBeCloseTo(100);
    expect(atEnd!.width).toBe(MIN_BAR_PERCENT);
  });

  it("copes with a window of no length", () => {
    expect(scaleBars([{ start: 5, end: 5 }], { start: 5, end: 5 })).toEqual([{ offset: 0, width: MIN_BAR_PERCENT }]);
  });
});
