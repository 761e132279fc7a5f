import { Cron } from "croner";
import { z } from "zod";
import { defineNodeType, flowOutputs } from "../node-meta";

const CRON_HELP =
  "Use five parts — minute hour day-of-month month day-of-week — e.g. 0 9 * * 1-5 for 9:00 on weekdays.";

/** Whether `zone` is a time zone this runtime knows (an IANA name such as Europe/Berlin). */
export function isTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * What is wrong with a cron pattern in a time zone, or null. Minutes are the finest step: six-part
 * (per-second) patterns are refused, since a schedule starts whole runs.
 */
export function cronProblem(cron: string, timezone: string): string | null {
  let job: Cron;
  try {
    job = new Cron(cron, { mode: "5-part", timezone: isTimeZone(timezone) ? timezone : "UTC" });
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^CronPattern:\s*/, "") : "";
    return `That schedule is not valid${reason ? ` (${reason})` : ""}. ${CRON_HELP}`;
  }
  const next = job.nextRun();
  job.stop();
  return next ? null : "This schedule never runs (no date matches it, like February 31). Check the day and month.";
}

export const triggerSchedule = defineNodeType({
  label: "Schedule",
  category: "trigger",
  description: "Starts on a schedule, such as every weekday at 9:00 in your time zone.",
  config: z
    .strictObject({
      cron: z
        .string({ error: `Enter a schedule. ${CRON_HELP}` })
        .trim()
        .default("0 9 * * 1-5"),
      timezone: z
        .string({ error: "Choose a time zone." })
        .trim()
        .refine(isTimeZone, "Choose a time zone from the list, such as Europe/Berlin or America/New_York.")
        .default("UTC"),
    })
    .superRefine((config, ctx) => {
      const problem = cronProblem(config.cron, config.timezone);
      if (problem) ctx.addIssue({ code: "custom", path: ["cron"], message: problem });
    }),
  inputs: [],
  outputs: flowOutputs,
  expressions: [],
  sideEffects: false,
});
