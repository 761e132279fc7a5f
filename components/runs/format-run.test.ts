import { describe, expect, it } from "vitest";
import { elapsedMs, formatCost, formatDuration } from "./format-run";

describe("formatDuration", () => {
  it("picks units that read well at every size", () => {
    expect(formatDuration(0)).toBe("0 ms");
    expect(formatDuration(340.4)).toBe("340 ms");
    expect(formatDuration(999)).toBe("999 ms");
    expect(formatDuration(1_000)).toBe("1.0 s");
    expect(formatDuration(4_260)).toBe("4.2 s");
    expect(formatDuration(12_900)).toBe("12 s");
    expect(formatDuration(60_000)).toBe("1 min");
    expect(formatDuration(185_000)).toBe("3 min 5 s");
    expect(formatDuration(3_600_000)).toBe("1 h");
    expect(formatDuration(7_500_000)).toBe("2 h 5 min");
    expect(formatDuration(3 * 86_400_000 + 4 * 3_600_000 + 59_000)).toBe("3 d 4 h");
  });

  it("never rounds up past what has passed", () => {
    expect(formatDuration(9_999)).toBe("9.9 s");
    expect(formatDuration(59_999)).toBe("59 s");
  });

  it("shows a dash when there is nothing to measure", () => {
    expect(formatDuration(null)).toBe("—");
    expect(formatDuration(undefined)).toBe("—");
    expect(formatDuration(-5)).toBe("—");
    expect(formatDuration(Number.NaN)).toBe("—");
  });
});

describe("elapsedMs", () => {
  const start = new Date("2026-03-01T10:00:00Z");
  it("measures start to end, or to now while it goes on", () => {
    expect(elapsedMs(start, new Date("2026-03-01T10:00:02.500Z"))).toBe(2_500);
    expect(elapsedMs(start, null, start.getTime() + 700)).toBe(700);
  });

  it("is null before a start, or without an end when nothing is going", () => {
    expect(elapsedMs(null, null, Date.now())).toBeNull();
    expect(elapsedMs(start, null)).toBeNull();
  });

  it("does not go negative when clocks disagree", () => {
    expect(elapsedMs(start, null, start.getTime() - 50)).toBe(0);
  });
});

describe("formatCost", () => {
  it("does not show a tiny cost as free", () => {
    expect(formatCost(0.00001)).toBe("< $0.0001");
  });
});
