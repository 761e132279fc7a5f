import { describe, expect, it } from "vitest";
import { EMPTY_RUN_FILTERS, hasAnyRunFilter, readRunFilters, runFilterSearch, toRunsInput } from "./run-filter-values";

describe("readRunFilters", () => {
  it("reads every filter from the URL", () => {
    const params = new URLSearchParams(
      "status=failed&trigger=webhook&workflowId=wf_1&version=3&from=2026-03-01&to=2026-03-31",
    );
    expect(readRunFilters(params)).toEqual({
      status: "failed",
      trigger: "webhook",
      workflowId: "wf_1",
      version: "3",
      from: "2026-03-01",
      to: "2026-03-31",
    });
  });

  it("treats malformed values as no filter", () => {
    const params = new URLSearchParams(
      "status=exploded&trigger=carrier-pigeon&workflowId=a/b&version=0&from=yesterday",
    );
    expect(readRunFilters(params)).toEqual(EMPTY_RUN_FILTERS);
  });
});

describe("runFilterSearch", () => {
  it("writes only the filters that are set, in a fixed order, and round-trips", () => {
    const values = { ...EMPTY_RUN_FILTERS, to: "2026-03-31", status: "succeeded" as const };
    expect(runFilterSearch(values)).toBe("status=succeeded&to=2026-03-31");
    expect(readRunFilters(new URLSearchParams(runFilterSearch(values)))).toEqual(values);
    expect(runFilterSearch(EMPTY_RUN_FILTERS)).toBe("");
  });
});

describe("hasAnyRunFilter", () => {
  it("is false only when nothing is filtered", () => {
    expect(hasAnyRunFilter(EMPTY_RUN_FILTERS)).toBe(false);
    expect(hasAnyRunFilter({ ...EMPTY_RUN_FILTERS, version: "2" })).toBe(true);
  });
});

describe("toRunsInput", () => {
  it("leaves out what is not filtered", () => {
    expect(toRunsInput(EMPTY_RUN_FILTERS)).toEqual({
      status: undefined,
      trigger: undefined,
      workflowId: undefined,
      version: undefined,
      from: undefined,
      to: undefined,
    });
  });

  it("counts the last day in full: `to` is the next day's first moment", () => {
    const input = toRunsInput({ ...EMPTY_RUN_FILTERS, version: "4", from: "2026-03-01", to: "2026-03-31" });
    expect(input.version).toBe(4);
    expect(input.from).toEqual(new Date(2026, 2, 1));
    expect(input.to).toEqual(new Date(2026, 3, 1));
  });
});
