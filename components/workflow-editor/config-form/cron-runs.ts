import { Cron } from "croner";
import { cronProblem, isTimeZone } from "@/lib/workflow/nodes/trigger-schedule";

export type CronPreview = { ok: true; runs: Date[]; timezone: string } | { ok: false; message: string };

/**
 * The next `count` times a schedule fires after `from`, worked out the way the server does
 * (five-part patterns, in the schedule's time zone, UTC when that is not a zone), or why it never
 * does: the same message the schema gives.
 */
export function nextRuns(cron: string, timezone: string, count = 5, from: Date = new Date()): CronPreview {
  const pattern = cron.trim();
  const zone = isTimeZone(timezone.trim()) ? timezone.trim() : "UTC";
  const problem = cronProblem(pattern, zone);
  if (problem) return { ok: false, message: problem };
  const job = new Cron(pattern, { mode: "5-part", timezone: zone });
  try {
    return { ok: true, runs: job.nextRuns(count, from), timezone: zone };
  } finally {
    job.stop();
  }
}

/** A fire time as the schedule's zone sees it, e.g. "Mon, 2 Mar 2026, 09:00 CET". */
export function formatRun(date: Date, timezone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: timezone,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(date);
}
