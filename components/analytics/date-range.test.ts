import { describe, expect, it } from "vitest";
import { presetRange, rangeErrors, shiftDay, todayUtc } from "./date-range";

describe("presetRange", () => {
  it("ends the last-N-days presets yesterday and counts N days", () => {
    expect(presetRange("last7", "2026-03-10")).toEqual({ from: "2026-03-03", to: "2026-03-09" });
    expect(presetRange("last30", "2026-03-01")).toEqual({ from: "2026-01-30", to: "2026-02-28" });
  });

  it("runs this month from the 1st to today", () => {
    expect(presetRange("thisMonth", "2026-03-01")).toEqual({ from: "2026-03-01", to: "2026-03-01" });
  });
});

describe("shiftDay and todayUtc", () => {
  it("use UTC calendar days", () => {
    expect(shiftDay("2024-02-28", 1)).toBe("2024-02-29");
    expect(todayUtc(new Date("2026-03-31T23:30:00-05:00"))).toBe("2026-04-01");
  });
});

describe("rangeErrors", () => {
  it("accepts a valid range and names the field at fault otherwise", () => {
    expect(rangeErrors({ from: "2026-01-01", to: "2026-01-31" })).toEqual({});
    expect(rangeErrors({ from: "2026-02-01", to: "2026-01-31" }).to).toBeDefined();
    expect(rangeErrors({ from: "2024-01-01", to: "2026-01-31" }).from).toBeDefined();
    expect(rangeErrors({ from: "", to: "2026-01-31" }).from).toBeDefined();
  });
});
