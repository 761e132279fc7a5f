import { RUN_STATUSES } from "@/lib/schemas/workflow-runs";
import type { RunStatus, StepStatus } from "./run-types";

export { RUN_STATUSES };

export const RUN_STATUS_LABELS = {
  queued: "Queued",
  running: "Running",
  waiting: "Waiting",
  succeeded: "Succeeded",
  failed: "Failed",
  cancelled: "Cancelled",
} as const satisfies Record<RunStatus, string>;

export const STEP_STATUS_LABELS = {
  running: "Running",
  waiting: "Waiting",
  succeeded: "Succeeded",
  failed: "Failed",
  skipped: "Skipped",
} as const satisfies Record<StepStatus, string>;

/** What can start a run, as the engine records it, in the order the filter offers them. */
export const RUN_TRIGGERS = ["manual", "test", "webhook", "schedule", "chat", "portal_form", "sub_workflow"] as const;
export type RunTrigger = (typeof RUN_TRIGGERS)[number];

export const TRIGGER_LABELS = {
  manual: "Run by hand",
  test: "Test run (draft)",
  webhook: "Webhook",
  schedule: "Schedule",
  chat: "Chat message",
  portal_form: "Portal form",
  sub_workflow: "Sub-workflow",
} as const satisfies Record<RunTrigger, string>;

const isTrigger = (value: string): value is RunTrigger => (RUN_TRIGGERS as readonly string[]).includes(value);

/** A trigger in words; one the UI does not know yet is shown as recorded. */
export const triggerLabel = (trigger: string): string => (isTrigger(trigger) ? TRIGGER_LABELS[trigger] : trigger);

/** "Version 3", or "Draft" for a test run of the draft. */
export const versionLabel = (version: number | null): string => (version === null ? "Draft" : `Version ${version}`);

const LIVE: ReadonlySet<string> = new Set<RunStatus>(["queued", "running", "waiting"]);

/** A run that has not finished: it may still change, so the page listens for its events. */
export const isLiveStatus = (status: string): boolean => LIVE.has(status);
