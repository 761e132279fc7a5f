import { describe, expect, it } from "vitest";
import { ExpressionError } from "@/lib/workflow/expression";
import { appError } from "@/test/factories";
import { delayExecutor } from "./delay";
import { configOf, nodeContext, TEST_NOW } from "./test-context";

const at = (offsetMs: number) => new Date(TEST_NOW.getTime() + offsetMs);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("delay: waiting", () => {
  it("waits for the duration without sleeping", async () => {
    const result = await delayExecutor(nodeContext(), configOf("delay", { durationSeconds: 90 }));
    expect(result).toEqual({
      kind: "wait",
      data: { until: "2026-03-02T10:01:30.000Z" },
      resumeAt: at(90_000),
      reason: "Waiting until 2026-03-02T10:01:30.000Z",
    });
  });

  it("waits until the date the expression gives: ISO text, with or without an offset, or milliseconds", async () => {
    const scope = {
      input: {
        iso: "2026-03-03T08:00:00+01:00",
        local: "2026-03-03T07:00",
        millis: at(2 * HOUR).getTime(),
      },
    };
    const ctx = nodeContext({ scope });
    await expect(delayExecutor(ctx, configOf("delay", { until: "input.iso" }))).resolves.toMatchObject({
      kind: "wait",
      resumeAt: new Date("2026-03-03T07:00:00Z"),
      data: { until: "2026-03-03T07:00:00.000Z" },
    });
    // No offset: UTC, not the worker's local time.
    await expect(delayExecutor(ctx, configOf("delay", { until: "input.local" }))).resolves.toMatchObject({
      resumeAt: new Date("2026-03-03T07:00:00Z"),
    });
    await expect(delayExecutor(ctx, configOf("delay", { until: "input.millis" }))).resolves.toMatchObject({
      resumeAt: at(2 * HOUR),
    });
  });

  it("refuses a value that is not a date", async () => {
    const ctx = nodeContext({ scope: { input: { when: "tomorrow-ish", flag: true } } });
    const text = await appError(delayExecutor(ctx, configOf("delay", { until: "input.when" })));
    expect(text.code).toBe("BAD_REQUEST");
    expect(text.message).toBe(
      'The delay\'s date "input.when" gave text, not a date: give ISO text such as 2026-03-31T09:00:00Z or milliseconds.',
    );
    await expect(delayExecutor(ctx, configOf("delay", { until: "input.flag" }))).rejects.toThrow(
      /gave true or false, not a date/,
    );
    await expect(delayExecutor(ctx, configOf("delay", { until: "input.missing" }))).rejects.toThrow(
      /gave nothing, not a date/,
    );
  });

  it("refuses a date that has passed or is more than 30 days away", async () => {
    const ctx = nodeContext({
      scope: { input: { past: at(-1).toISOString(), far: at(30 * DAY + 1000).toISOString() } },
    });
    const past = await appError(delayExecutor(ctx, configOf("delay", { until: "input.past" })));
    expect(past.message).toBe(
      "The delay's date 2026-03-02T09:59:59.999Z has already passed; wait until a moment in the future.",
    );
    const far = await appError(delayExecutor(ctx, configOf("delay", { until: "input.far" })));
    expect(far.message).toBe(
      "The delay's date 2026-04-01T10:00:01.000Z is more than 30 days away; a delay waits at most 30 days.",
    );
    // Exactly 30 days is allowed.
    const edge = nodeContext({ scope: { input: { when: at(30 * DAY).toISOString() } } });
    await expect(delayExecutor(edge, configOf("delay", { until: "input.when" }))).resolves.toMatchObject({
      kind: "wait",
    });
  });

  it("fails with the expression's error", async () => {
    await expect(delayExecutor(nodeContext(), configOf("delay", { until: "$toMillis(" }))).rejects.toBeInstanceOf(
      ExpressionError,
    );
  });
});

describe("delay: resuming", () => {
  const until = "2026-03-02T11:00:00.000Z";

  it("is done once the time has come, with when it waited until", async () => {
    const ctx = nodeContext({ resume: { data: { until } }, now: new Date("2026-03-02T11:00:00.250Z") });
    await expect(delayExecutor(ctx, configOf("delay", { durationSeconds: 3600 }))).resolves.toEqual({
      kind: "done",
      output: { waitedUntil: until },
    });
  });

  it("waits again for the same moment when resumed early", async () => {
    const ctx = nodeContext({ resume: { data: { until } }, now: new Date("2026-03-02T10:30:00Z") });
    await expect(delayExecutor(ctx, configOf("delay", { durationSeconds: 3600 }))).resolves.toEqual({
      kind: "wait",
      data: { until },
      resumeAt: new Date(until),
      reason: `Waiting until ${until}`,
    });
  });

  it("does not evaluate the date again on resume", async () => {
    const ctx = nodeContext({ resume: { data: { until } }, now: new Date("2026-03-02T12:00:00Z") });
    await expect(delayExecutor(ctx, configOf("delay", { until: "$nope()" }))).resolves.toMatchObject({ kind: "done" });
  });

  it("fails when the waiting step lost the time it waited for", async () => {
    const ctx = nodeContext({ resume: { data: null }, nodeId: "pause" });
    await expect(delayExecutor(ctx, configOf("delay", { durationSeconds: 5 }))).rejects.toThrow(
      'Delay "pause" was resumed without the time it was waiting for.',
    );
  });
});
