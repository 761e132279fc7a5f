import type { StepStatus } from "@/components/runs/run-types";
import type { CanvasStepStatus } from "./canvas-marks";

type Attempt = { nodeId: string; iteration: string; attempt: number; status: StepStatus };

/** When a step ran several times (loop iterations), what its node shows: the most pressing. */
const PRECEDENCE: readonly StepStatus[] = ["running", "waiting", "failed", "succeeded", "skipped"];

/**
 * What each node of the canvas shows for a run: the latest attempt of each of its iterations,
 * the most pressing of those; "queued" for steps the run has not reached while it goes on, and
 * nothing for steps a finished run never reached.
 */
export function canvasStatuses(
  nodeIds: readonly string[],
  steps: readonly Attempt[],
  runGoesOn: boolean,
): Map<string, CanvasStepStatus> {
  const latest = new Map<string, Attempt>();
  for (const step of steps) {
    const key = `${step.nodeId}#${step.iteration}`;
    const seen = latest.get(key);
    if (!seen || step.attempt > seen.attempt) latest.set(key, step);
  }
  const byNode = new Map<string, StepStatus>();
  for (const step of latest.values()) {
    const current = byNode.get(step.nodeId);
    if (!current || PRECEDENCE.indexOf(step.status) < PRECEDENCE.indexOf(current)) byNode.set(step.nodeId, step.status);
  }
  const statuses = new Map<string, CanvasStepStatus>();
  for (const id of nodeIds) {
    const status = byNode.get(id);
    if (status) statuses.set(id, status);
    else if (runGoesOn) statuses.set(id, "queued");
  }
  return statuses;
}
