import { describe, expect, it } from "vitest";
import { formatRun, nextRuns } from "./cron-runs";

const from = new Date("2026-03-06T12:00:00Z"); // a Friday

describe("nextRuns", () => {
  it("lists the next five fire times in the schedule's time zone", () => {
    const preview = nextRuns("0 9 * * 1-5", "Europe/Berlin", 5, from);
    if (!preview.ok) throw new Error(preview.message);
    // 09:00 in Berlin is 08:00 UTC in winter; the weekend is skipped.
    expect(preview.runs.map((run) => run.toISOString())).toEqual([
      "2026-03-09T08:00:00.000Z",
      "2026-03-10T08:00:00.000Z",
      "2026-03-11T08:00:00.000Z",
      "2026-03-12T08:00:00.000Z",
      "2026-03-13T08:00:00.000Z",
    ]);
    expect(preview.timezone).toBe("Europe/Berlin");
  });

  it("falls back to UTC for a zone that is not one, as the server does", () => {
    const preview = nextRuns("30 6 * * *", "Mars/Olympus", 2, from);
    expect(preview).toMatchObject({ ok: true, timezone: "UTC" });
    if (preview.ok) expect(preview.runs[0]?.toISOString()).toBe("2026-03-07T06:30:00.000Z");
  });

  it("gives the schema's message for a pattern that is not valid or never fires", () => {
    expect(nextRuns("every day", "UTC")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^That schedule is not valid/),
    });
    expect(nextRuns("0 0 * * * *", "UTC")).toMatchObject({ ok: false });
    expect(nextRuns("0 0 31 2 *", "UTC")).toMatchObject({ ok: false, message: expect.stringMatching(/never runs/) });
  });
});

describe("formatRun", () => {
  it("shows the time as the zone sees it", () => {
    expect(formatRun(new Date("2026-03-09T08:00:00Z"), "Europe/Berlin", "en-GB")).toMatch(/Mon.*9 Mar 2026.*09:00/);
  });
});
