import { presetRange, todayUtc, type PeriodPreset } from "./date-range";

export type AnalyticsFilterState = {
  preset: PeriodPreset;
  /** The range in view; for a preset it is the preset's days, for "custom" what the reader typed. */
  from: string;
  to: string;
  clientId: string;
  campaignId: string;
};

/** Last 30 days ending yesterday, every client and campaign. */
export function defaultFilters(today: string = todayUtc()): AnalyticsFilterState {
  return { preset: "last30", ...presetRange("last30", today), clientId: "", campaignId: "" };
}

/** A new period choice; "custom" starts from the range already in view so the reader only adjusts it. */
export function choosePreset(state: AnalyticsFilterState, preset: PeriodPreset): AnalyticsFilterState {
  if (preset === "custom") return { ...state, preset };
  return { ...state, preset, ...presetRange(preset, todayUtc()) };
}
