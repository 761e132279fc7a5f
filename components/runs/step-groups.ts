/** The fields of a step attempt that grouping and timing read. */
export type StepAttempt = {
  nodeId: string;
  iteration: string;
  attempt: number;
  status: string;
  startedAt: Date;
  finishedAt: Date | null;
  durationMs: number | null;
};

/** One step of a run (a node, in one loop iteration) with all its attempts. */
export type StepGroup<T extends StepAttempt = StepAttempt> = {
  key: string;
  nodeId: string;
  iteration: string;
  /** First attempt to last. */
  attempts: T[];
  /** The last attempt: where the step stands now. */
  latest: T;
};

export const stepKey = (step: Pick<StepAttempt, "nodeId" | "iteration">): string => `${step.nodeId}#${step.iteration}`;

/** Attempts grouped by step, the steps in the order they first started. */
export function groupSteps<T extends StepAttempt>(steps: readonly T[]): StepGroup<T>[] {
  const groups = new Map<string, T[]>();
  const ordered = [...steps].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime() || a.attempt - b.attempt);
  for (const step of ordered) {
    const key = stepKey(step);
    const attempts = groups.get(key);
    if (attempts) attempts.push(step);
    else groups.set(key, [step]);
  }
  return [...groups].map(([key, attempts]) => {
    attempts.sort((a, b) => a.attempt - b.attempt);
    const latest = attempts[attempts.length - 1]!;
    return { key, nodeId: latest.nodeId, iteration: latest.iteration, attempts, latest };
  });
}

const GOING = new Set(["running", "waiting"]);

/**
 * When a step started (its first attempt) and ended (its last attempt's end), in epoch ms. A
 * step still running or waiting ends `now`; the wait of an approval counts, as it held the run.
 */
export function stepSpan(group: Pick<StepGroup, "attempts" | "latest">, now: number): { start: number; end: number } {
  const start = group.attempts[0]!.startedAt.getTime();
  const { latest } = group;
  const end = latest.finishedAt
    ? latest.finishedAt.getTime()
    : GOING.has(latest.status)
      ? Math.max(now, start)
      : latest.startedAt.getTime() + (latest.durationMs ?? 0);
  return { start, end: Math.max(start, end) };
}

/** The step to show first: the one running, else waiting, else failed, else the last. */
export function defaultStepKey(groups: readonly Pick<StepGroup, "key" | "latest">[]): string | null {
  const withStatus = (status: string) => groups.find((group) => group.latest.status === status);
  return (withStatus("running") ?? withStatus("waiting") ?? withStatus("failed") ?? groups.at(-1))?.key ?? null;
}
