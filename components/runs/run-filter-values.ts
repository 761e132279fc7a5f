import { RUN_STATUSES, RUN_TRIGGERS, type RunTrigger } from "./run-labels";
import type { RunStatus } from "./run-types";

/** The runs list's filters as the URL holds them; dates are the `YYYY-MM-DD` of a date input. */
export type RunFilterValues = {
  status: RunStatus | "";
  trigger: RunTrigger | "";
  workflowId: string;
  /** A published version's number, as text; "" for any. */
  version: string;
  from: string;
  to: string;
};

export const EMPTY_RUN_FILTERS: RunFilterValues = {
  status: "",
  trigger: "",
  workflowId: "",
  version: "",
  from: "",
  to: "",
};

/** The order of the keys in the URL. */
const KEYS = ["status", "trigger", "workflowId", "version", "from", "to"] as const satisfies (keyof RunFilterValues)[];

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const VERSION = /^[1-9][0-9]{0,8}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const oneOf = <T extends string>(options: readonly T[], value: string | null): T | "" =>
  options.find((option) => option === value) ?? "";

const validDay = (value: string | null): string =>
  value && DAY.test(value) && !Number.isNaN(new Date(`${value}T00:00:00`).getTime()) ? value : "";

/** The filters in a URL's query; anything malformed (an edited or stale link) counts as no filter. */
export function readRunFilters(params: Pick<URLSearchParams, "get">): RunFilterValues {
  const workflowId = params.get("workflowId") ?? "";
  const version = params.get("version") ?? "";
  return {
    status: oneOf(RUN_STATUSES, params.get("status")),
    trigger: oneOf(RUN_TRIGGERS, params.get("trigger")),
    workflowId: ID.test(workflowId) ? workflowId : "",
    version: VERSION.test(version) ? version : "",
    from: validDay(params.get("from")),
    to: validDay(params.get("to")),
  };
}

/** The filters as a query string, without the empty ones: "" when nothing is filtered. */
export function runFilterSearch(values: RunFilterValues): string {
  const params = new URLSearchParams();
  for (const key of KEYS) if (values[key]) params.set(key, values[key]);
  return params.toString();
}

export const hasAnyRunFilter = (values: RunFilterValues): boolean => KEYS.some((key) => values[key] !== "");

/** The first millisecond of a day in the reader's time zone; `days` later for the end of a range. */
function dayStart(day: string, days = 0): Date | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T00:00:00`);
  date.setDate(date.getDate() + days);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** What `workflows.runs` takes: `to` is exclusive there, so the last day counts in full. */
export function toRunsInput(values: RunFilterValues) {
  return {
    status: values.status || undefined,
    trigger: values.trigger || undefined,
    workflowId: values.workflowId || undefined,
    version: values.version ? Number(values.version) : undefined,
    from: dayStart(values.from),
    to: dayStart(values.to, 1),
  };
}
