import { z } from "zod";
import { type NodeConfig } from "@/lib/workflow/node-types";
import { MAX_DELAY_SECONDS } from "@/lib/workflow/nodes/delay";
import { AppError } from "../../errors";
import { type NodeExecutor, type NodeResult } from "./types";
import { describeValue } from "./values";

/** What a waiting delay keeps with its step: the moment it waits for. */
const ZDelayWait = z.object({ until: z.iso.datetime() });

// An ISO date and time without an offset: read as UTC, not as the worker's local time.
const NO_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/** The date `value` names: a Date, ISO text or epoch milliseconds; null when it names none. */
function toDate(value: unknown): Date | null {
  let date: Date | null = null;
  if (value instanceof Date) date = value;
  else if (typeof value === "number" && Number.isFinite(value)) date = new Date(value);
  else if (typeof value === "string" && value.trim()) {
    const text = value.trim();
    date = new Date(NO_OFFSET.test(text) ? `${text}Z` : text);
  }
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

const waitUntil = (until: Date): NodeResult => ({
  kind: "wait",
  data: { until: until.toISOString() },
  resumeAt: until,
  reason: `Waiting until ${until.toISOString()}`,
});

/**
 * A durable timer: the first call answers `wait` with `resumeAt` (now + the duration, or the date
 * `until` gives) and no worker sleeps; when the engine resumes the step it is done, with
 * `{ waitedUntil }`. Resumed early (the timer is not due yet) it waits again for the same moment.
 */
export const delayExecutor: NodeExecutor<NodeConfig<"delay">> = async (ctx, config) => {
  const now = ctx.now();
  if (ctx.resume) {
    const parsed = ZDelayWait.safeParse(ctx.resume.data);
    if (!parsed.success) throw new Error(`Delay "${ctx.nodeId}" was resumed without the time it was waiting for.`);
    const until = new Date(parsed.data.until);
    if (until.getTime() > now.getTime()) return waitUntil(until);
    return { kind: "done", output: { waitedUntil: parsed.data.until } };
  }
  if (config.durationSeconds !== undefined) return waitUntil(new Date(now.getTime() + config.durationSeconds * 1000));

  const source = config.until ?? "";
  const value = await ctx.expression(source);
  const until = toDate(value);
  if (!until)
    throw new AppError(
      "BAD_REQUEST",
      `The delay's date "${source}" gave ${describeValue(value)}, not a date: give ISO text such as 2026-03-31T09:00:00Z or milliseconds.`,
      { field: "until" },
    );
  if (until.getTime() <= now.getTime())
    throw new AppError(
      "BAD_REQUEST",
      `The delay's date ${until.toISOString()} has already passed; wait until a moment in the future.`,
      { field: "until" },
    );
  if (until.getTime() - now.getTime() > MAX_DELAY_SECONDS * 1000)
    throw new AppError(
      "BAD_REQUEST",
      `The delay's date ${until.toISOString()} is more than 30 days away; a delay waits at most 30 days.`,
      { field: "until" },
    );
  return waitUntil(until);
};
