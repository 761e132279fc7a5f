import { createIdGenerator } from "ai";
import { evaluateExpression, evaluateTemplate, prepareScope } from "@/lib/workflow/expression";
import type { TWorkflowGraph } from "@/lib/workflow/graph";
import type { AuditActor } from "../audit/record";
import { callSql, withDb, type Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import { announceTokens, recordRunEvent, type RunEventType } from "./events";
import { RunState, type ReadyStep, type StepRecord } from "./frontier";
import { indexGraph, type GraphIndex, type IndexedNode } from "./graph-index";
import type { NodeType } from "@/lib/workflow/node-types";
import { executorFor } from "./nodes";
import type { NodeContext, NodeResult } from "./nodes/types";
import { enqueueAdvance, type AdvancePayload } from "./queue";

/** A step's time limit when its node sets none. */
export const DEFAULT_STEP_TIMEOUT_MS = 5 * 60_000;
/** Step types that finish in moments and reach nothing outside the run: one commit each. */
export const QUICK_TYPES: ReadonlySet<NodeType> = new Set<NodeType>([
  "trigger.manual",
  "trigger.webhook",
  "trigger.schedule",
  "trigger.chat",
  "trigger.portal_form",
  "condition",
  "switch",
  "loop",
  "parallel",
  "merge",
  "transform",
  "set_variable",
  "output",
]);

/** Steps of one run that run at once (parallel branches). */
const MAX_PARALLEL_STEPS = 8;

export type EngineOptions = {
  /** Names the worker in its leases. */
  workerId: string;
  /** How long a claim on a run holds without renewal: a dead worker's runs are picked up after this. */
  leaseMs: number;
  /** Runs of one agency that may be running at once; more wait in the queue. */
  concurrencyPerAgency: number;
};

type ClaimedRun = {
  id: string;
  organizationId: string;
  workflowId: string;
  input: unknown;
  depth: number;
  parentRunId: string | null;
  createdById: string | null;
  graph: TWorkflowGraph;
  /** When the run fails for taking too long (the workflow's run time limit); null: no limit. */
  deadlineAt: Date | null;
};

const tenant = <T>(organizationId: string, fn: (db: Db) => Promise<T>) => withDb({ organizationId }, fn);

export function formatSeconds(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

/** Doubling backoff from `backoffMs` up to `maxBackoffMs`, with full jitter over its upper half. */
export function retryDelayMs(
  retry: { backoffMs: number; maxBackoffMs: number },
  failedAttempt: number,
  random = Math.random,
): number {
  const base = Math.min(retry.maxBackoffMs, retry.backoffMs * 2 ** (failedAttempt - 1));
  return Math.round(base / 2 + random() * (base / 2));
}

function stepRecord(row: {
  nodeId: string;
  iteration: string;
  attempt: number;
  status: string;
  handle: string | null;
  output: Prisma.JsonValue;
  error: string | null;
  resumeAt: Date | null;
  finishedAt: Date | null;
}): StepRecord {
  const output = row.output as { decision?: unknown } | null;
  return {
    nodeId: row.nodeId,
    frame: row.iteration,
    attempt: row.attempt,
    status: row.status as StepRecord["status"],
    handles: row.handle === null ? null : row.handle.split(",").filter(Boolean),
    output: row.output,
    error: row.error,
    resumeAt: row.resumeAt,
    decided: row.status === "waiting" && Boolean(output && typeof output === "object" && output.decision),
    finishedAt: row.finishedAt,
  };
}

/** The latest attempt of every (node, iteration) of a run. */
async function loadSteps(db: Db, runId: string): Promise<StepRecord[]> {
  const rows = await db.workflowStep.findMany({
    where: { runId },
    orderBy: [{ attempt: "desc" }],
    distinct: ["nodeId", "iteration"],
    select: {
      nodeId: true,
      iteration: true,
      attempt: true,
      status: true,
      handle: true,
      output: true,
      error: true,
      resumeAt: true,
      finishedAt: true,
    },
  });
  return rows.map(stepRecord);
}

/**
 * Claims the run for this worker (a lease, renewed while it works) and moves it to running.
 * Refused when another live worker holds it, when it is over, or — for a run not yet started —
 * when the agency already has its limit of runs going (the run is tried again shortly).
 */
async function claim(payload: AdvancePayload, options: EngineOptions): Promise<ClaimedRun | "busy" | null> {
  return tenant(payload.organizationId, async (db) => {
    const [current] = await db.$queryRaw<{ status: string }[]>`
      SELECT status::text FROM workflow_runs WHERE id = ${payload.runId} FOR UPDATE`;
    if (!current || !["queued", "running", "waiting"].includes(current.status)) return null;
    // Everything that needs no agency-wide lock is read first: the lock below is held to commit.
    const run = await db.workflowRun.findFirst({
      where: { id: payload.runId },
      select: {
        id: true,
        organizationId: true,
        workflowId: true,
        input: true,
        depth: true,
        parentRunId: true,
        createdById: true,
        graph: true,
        versionNumber: true,
        deadlineAt: true,
      },
    });
    if (!run) return null;
    let graph = run.graph as TWorkflowGraph | null;
    if (!graph && run.versionNumber !== null) {
      const version = await db.workflowVersion.findFirst({
        where: { workflowId: run.workflowId, number: run.versionNumber },
        select: { graph: true },
      });
      graph = (version?.graph ?? null) as TWorkflowGraph | null;
    }
    if (!graph) throw new Error(`Run ${run.id} has no graph.`);
    if (current.status === "queued") {
      // Runs of one agency are counted and started one claim at a time, for the shortest while.
      await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`workflow-concurrency:${payload.organizationId}`}))`;
      const [{ running }] = (await db.$queryRaw<{ running: number }[]>`
        SELECT count(*)::int AS running FROM workflow_runs
         WHERE status = 'running' AND lease_until > now() AND id <> ${payload.runId}`) as [{ running: number }];
      if (running >= options.concurrencyPerAgency) return "busy";
    }
    // started_at is the moment of this update, not the transaction's start (`now()`): the claim
    // may have waited for the agency's lock while the run before it finished.
    const [claimed] = await db.$queryRaw<{ id: string }[]>`
      UPDATE workflow_runs
         SET lease_owner = ${options.workerId},
             lease_until = now() + make_interval(secs => ${options.leaseMs / 1000}),
             status = 'running',
             started_at = COALESCE(started_at, clock_timestamp())
       WHERE id = ${payload.runId}
         AND (lease_until IS NULL OR lease_until < now() OR lease_owner IN (${options.workerId}, 'sweeper'))
       RETURNING id`;
    // Another live worker holds it.
    if (!claimed) return null;
    let deadlineAt = run.deadlineAt;
    const limit = graph.settings?.runTimeoutSeconds;
    if (!deadlineAt && limit) {
      const { startedAt } = (await db.workflowRun.findFirst({
        where: { id: run.id },
        select: { startedAt: true },
      })) as { startedAt: Date };
      deadlineAt = new Date(startedAt.getTime() + limit * 1000);
      await db.workflowRun.update({ where: { id: run.id }, data: { deadlineAt }, select: { id: true } });
    }
    // A step still marked running was cut off with the worker that ran it: it runs again.
    await db.workflowStep.deleteMany({ where: { runId: run.id, status: "running" } });
    if (current.status === "queued") await recordRunEvent(db, run.organizationId, run.id, "run.started", {});
    return { ...run, graph, deadlineAt };
  });
}

/** Keeps the lease alive while the worker advances the run, and stops the work when the run is cancelled. */
function keepLease(run: ClaimedRun, options: EngineOptions, controller: AbortController) {
  const timer = setInterval(
    () => {
      tenant(run.organizationId, async (db) => {
        const rows = await db.$queryRaw<{ status: string }[]>`
        UPDATE workflow_runs SET lease_until = now() + make_interval(secs => ${options.leaseMs / 1000})
         WHERE id = ${run.id} AND lease_owner = ${options.workerId}
         RETURNING status::text`;
        if (!rows.length || rows[0]!.status === "cancelled")
          controller.abort(new AppError("CONFLICT", "The run was cancelled."));
      }).catch((error: unknown) => console.error(`renewing the lease on run ${run.id} failed:`, error));
    },
    Math.max(250, Math.floor(options.leaseMs / 3)),
  );
  return () => clearInterval(timer);
}

async function releaseLease(run: ClaimedRun, options: EngineOptions) {
  await tenant(run.organizationId, (db) =>
    db.workflowRun.updateMany({
      where: { id: run.id, leaseOwner: options.workerId },
      data: { leaseOwner: null, leaseUntil: null },
    }),
  );
}

/** Advances a run as far as it can go now: the queue's task. */
export async function advanceRun(payload: AdvancePayload, options: EngineOptions): Promise<void> {
  const claimed = await claim(payload, options);
  if (claimed === "busy") {
    await enqueueAdvance(payload, { runAt: new Date(Date.now() + 500 + Math.random() * 1000) });
    return;
  }
  if (!claimed) return;
  const controller = new AbortController();
  const stopKeeping = keepLease(claimed, options, controller);
  try {
    await walk(claimed, options, controller.signal);
  } finally {
    stopKeeping();
    await releaseLease(claimed, options);
  }
}

async function walk(run: ClaimedRun, options: EngineOptions, signal: AbortSignal) {
  let index: GraphIndex;
  try {
    index = indexGraph(run.graph);
  } catch (error) {
    await finishRun(
      run,
      "failed",
      null,
      `The workflow cannot run: ${error instanceof Error ? error.message : String(error)}`,
    );
    return;
  }
  let steps = await tenant(run.organizationId, (db) => loadSteps(db, run.id));
  for (;;) {
    if (signal.aborted) return; // cancelled: the run row already says so
    if (run.deadlineAt && run.deadlineAt <= new Date()) {
      const limit = run.graph.settings?.runTimeoutSeconds ?? 0;
      await finishRun(run, "failed", null, `The run went over its time limit of ${formatSeconds(limit)}.`);
      return;
    }
    const state = new RunState(index, steps);
    const frontier = state.frontier(new Date());
    if (frontier.failed) {
      const node = index.nodes.get(frontier.failed.nodeId)!;
      await finishRun(run, "failed", null, `${node.name} failed: ${frontier.failed.error}`);
      return;
    }
    if (frontier.done) {
      await finishRun(run, "succeeded", state.output(), null);
      return;
    }
    if (!frontier.ready.length) {
      // A run that waits past its time limit is woken at the limit, to fail.
      const wakeAt =
        run.deadlineAt &&
        (frontier.waiting > 0 || frontier.wakeAt) &&
        (!frontier.wakeAt || run.deadlineAt < frontier.wakeAt)
          ? run.deadlineAt
          : frontier.wakeAt;
      await pause(run, frontier.waiting > 0, wakeAt);
      return;
    }
    const batch = frontier.ready.slice(0, MAX_PARALLEL_STEPS);
    const results = await Promise.all(batch.map((ready) => runStep(run, index, state, ready, signal)));
    const updated = new Map(steps.map((step) => [`${step.nodeId}@${step.frame}`, step]));
    for (const record of results) updated.set(`${record.nodeId}@${record.frame}`, record);
    steps = [...updated.values()];
  }
}

async function pause(run: ClaimedRun, waiting: boolean, wakeAt: Date | null) {
  await tenant(run.organizationId, async (db) => {
    if (waiting) {
      await db.workflowRun.update({ where: { id: run.id }, data: { status: "waiting" }, select: { id: true } });
      await recordRunEvent(db, run.organizationId, run.id, "run.waiting", {});
    }
  });
  if (wakeAt) await enqueueAdvance({ organizationId: run.organizationId, runId: run.id }, { runAt: wakeAt });
}

async function finishRun(run: ClaimedRun, status: "succeeded" | "failed", output: unknown, error: string | null) {
  await tenant(run.organizationId, async (db) => {
    const { count } = await db.workflowRun.updateMany({
      where: { id: run.id, status: { in: ["running", "waiting", "queued"] } },
      data: {
        status,
        output: output === undefined || output === null ? undefined : (output as Prisma.InputJsonValue),
        error,
        finishedAt: new Date(),
      },
    });
    if (count)
      await recordRunEvent(db, run.organizationId, run.id, status === "succeeded" ? "run.succeeded" : "run.failed", {
        error,
      });
    if (count && run.parentRunId) await resumeParent(db, run);
  });
  if (run.parentRunId) await enqueueAdvance({ organizationId: run.organizationId, runId: run.parentRunId });
}

/** A sub-workflow's run finished: its parent's waiting step may go on. */
async function resumeParent(db: Db, run: ClaimedRun) {
  const waiting = await db.workflowStep.findMany({
    where: { runId: run.parentRunId!, status: "waiting" },
    select: { id: true, output: true },
  });
  for (const step of waiting) {
    const output = (step.output ?? {}) as { wait?: { childRunId?: string } };
    if (output.wait?.childRunId !== run.id) continue;
    await db.workflowStep.update({
      where: { id: step.id },
      data: { output: { ...output, decision: { handle: "done", comment: null, by: null } } as Prisma.InputJsonValue },
      select: { id: true },
    });
  }
}

function actorOf(run: Pick<ClaimedRun, "id" | "createdById">): AuditActor {
  return { userId: run.createdById, label: `workflow run ${run.id}`, ip: null, userAgent: null };
}

/** What a waiting step keeps: the executor's data, and the decision once someone (or a sub-run) made it. */
type WaitingOutput = { wait?: unknown; reason?: string; decision?: NonNullable<NodeContext["resume"]>["decision"] };

/** The run a step belongs to, as its executor sees it. */
export type StepRun = Pick<ClaimedRun, "id" | "organizationId" | "workflowId" | "input" | "depth" | "createdById"> & {
  deadlineAt: Date | null;
};

/** What running one step's executor came to. */
type Execution = { result: NodeResult | null; failure: string | null; started: Date; finishedAt: Date };

/**
 * Runs one step's executor with its scope, time limit and cancellation; never throws (a failure
 * is a result). `onTokens` hears streamed text in bursts; without it streamed text is dropped.
 */
export async function executeStep(
  run: StepRun,
  node: IndexedNode,
  state: RunState,
  ready: ReadyStep,
  runSignal: AbortSignal,
  onTokens: ((text: string) => Promise<void>) | null,
): Promise<Execution> {
  const previous = state.step(ready.nodeId, ready.frame);
  const scope = state.scope(ready.nodeId, ready.frame, run.input);
  const started = new Date();
  const waitingOutput = ready.resume ? ((previous?.output ?? {}) as WaitingOutput) : null;
  const stepLimitMs = node.timeoutMs ?? DEFAULT_STEP_TIMEOUT_MS;
  const untilDeadlineMs = run.deadlineAt ? Math.max(0, run.deadlineAt.getTime() - Date.now()) : Infinity;
  const timeout = AbortSignal.timeout(Math.min(stepLimitMs, untilDeadlineMs));
  const signal = AbortSignal.any([runSignal, timeout]);
  let tokenBuffer = "";
  let flushing: Promise<void> = Promise.resolve();
  const flushTokens = () => {
    if (!tokenBuffer || !onTokens) return;
    const text = tokenBuffer;
    tokenBuffer = "";
    flushing = flushing
      .then(() => onTokens(text))
      .catch((error: unknown) => console.error("announcing tokens failed:", error));
  };
  const tokenTimer = onTokens ? setInterval(flushTokens, 50) : undefined;
  // Copied once into frozen plain data for every expression the step evaluates.
  let prepared: ReturnType<typeof prepareScope> | null = null;
  const safeScope = () => (prepared ??= prepareScope(scope));
  const ctx: NodeContext = {
    organizationId: run.organizationId,
    actor: actorOf(run),
    runId: run.id,
    workflowId: run.workflowId,
    nodeId: node.id,
    depth: run.depth,
    idempotencyKey: `${run.id}:${node.id}:${ready.frame}`,
    signal,
    scope,
    predecessors: [...new Set(node.incoming.map((edge) => edge.source))],
    template: (text) => evaluateTemplate(text, safeScope()),
    expression: (source) => evaluateExpression(source, safeScope()),
    emitToken: (text) => {
      tokenBuffer += text;
    },
    resume: waitingOutput
      ? { data: waitingOutput.wait, ...(waitingOutput.decision && { decision: waitingOutput.decision }) }
      : null,
    now: () => new Date(),
  };

  let result: NodeResult | null = null;
  let failure: string | null = null;
  try {
    result = await executorFor(node.type)(ctx, node.config as never);
  } catch (error) {
    failure = timeout.aborted
      ? untilDeadlineMs < stepLimitMs
        ? "Stopped: the run reached its time limit."
        : `Timed out after ${Math.round(stepLimitMs / 1000)} s.`
      : runSignal.aborted
        ? "Cancelled with the run."
        : error instanceof AppError
          ? error.message
          : error instanceof Error
            ? error.message
            : String(error);
  } finally {
    clearInterval(tokenTimer);
    flushTokens();
    await flushing;
  }
  return { result, failure, started, finishedAt: new Date() };
}

/** A finished execution as the rows to commit (the step and its events) and as the frontier will see it. */
export type SettledStep = { step: CommittedStep; events: CommittedEvent[]; record: StepRecord };

/**
 * What an execution comes to: succeeded, waiting, or failed (with its retry's time when the
 * node's policy has attempts left). `newRowId`: the step has no row yet (a quick step, written
 * once, whose start is announced with its end) and gets this id; null: its row was written at
 * its start.
 */
export function settleStep(
  node: IndexedNode,
  ready: ReadyStep,
  { result, failure, started, finishedAt }: Execution,
  newRowId: string | null,
  cancelled: boolean,
): SettledStep {
  const insert = newRowId !== null;
  const durationMs = finishedAt.getTime() - started.getTime();
  const at = { nodeId: node.id, iteration: ready.frame, attempt: ready.attempt };
  const base: CommittedStep = {
    insert,
    ...(insert && { id: newRowId }),
    ...at,
    status: "failed",
    output: null,
    handle: null,
    error: null,
    startedAt: started.toISOString(),
    finishedAt: null,
    durationMs,
    resumeAt: null,
    inputTokens: 0,
    outputTokens: 0,
    costUsd: 0,
  };
  const events: CommittedEvent[] = insert ? [{ type: "step.started", data: { ...at, resumed: ready.resume } }] : [];
  const record = { nodeId: node.id, frame: ready.frame, attempt: ready.attempt, decided: false } as const;

  if (result?.kind === "done") {
    const usage = result.usage ?? { inputTokens: 0, outputTokens: 0, costUsd: 0 };
    const output = (result.output ?? null) as Prisma.JsonValue;
    return {
      step: {
        ...base,
        status: "succeeded",
        output,
        ...(result.input !== undefined && { input: result.input as Prisma.JsonValue }),
        handle: result.handles ? result.handles.join(",") : null,
        finishedAt: finishedAt.toISOString(),
        ...usage,
      },
      events: [...events, { type: "step.finished", data: { ...at, handles: result.handles ?? null, durationMs } }],
      record: {
        ...record,
        status: "succeeded",
        handles: result.handles ?? null,
        output,
        error: null,
        resumeAt: null,
        finishedAt,
      },
    };
  }
  if (result?.kind === "wait") {
    const output = { wait: result.data, reason: result.reason } as Prisma.JsonValue;
    const resumeAt = result.resumeAt ?? null;
    return {
      step: { ...base, status: "waiting", output, resumeAt: resumeAt?.toISOString() ?? null },
      events: [
        ...events,
        {
          type: "step.waiting",
          data: {
            nodeId: node.id,
            iteration: ready.frame,
            reason: result.reason,
            resumeAt: resumeAt?.toISOString() ?? null,
          },
        },
      ],
      record: { ...record, status: "waiting", handles: null, output, error: null, resumeAt, finishedAt: null },
    };
  }
  const attempts = node.retry?.attempts ?? 1;
  const retryAt =
    !cancelled && node.retry && ready.attempt < attempts
      ? new Date(finishedAt.getTime() + retryDelayMs(node.retry, ready.attempt))
      : null;
  return {
    step: {
      ...base,
      status: "failed",
      error: failure,
      resumeAt: retryAt?.toISOString() ?? null,
      finishedAt: finishedAt.toISOString(),
    },
    events: [
      ...events,
      { type: "step.failed", data: { ...at, error: failure, retryAt: retryAt?.toISOString() ?? null } },
    ],
    record: { ...record, status: "failed", handles: null, output: null, error: failure, resumeAt: retryAt, finishedAt },
  };
}

/** Runs one step and commits what it did; returns the step as the frontier will see it. */
async function runStep(
  run: ClaimedRun,
  index: GraphIndex,
  state: RunState,
  ready: ReadyStep,
  runSignal: AbortSignal,
): Promise<StepRecord> {
  const node = index.nodes.get(ready.nodeId)!;
  // A quick step that touches nothing outside the run is written once, when it is done: if the
  // worker dies before that, it simply runs again. Others are recorded as running first.
  const oneCommit = !ready.resume && QUICK_TYPES.has(node.type);
  if (!oneCommit)
    await tenant(run.organizationId, async (db) => {
      if (!ready.resume) {
        await db.workflowStep.create({
          data: {
            organizationId: run.organizationId,
            runId: run.id,
            nodeId: node.id,
            iteration: ready.frame,
            attempt: ready.attempt,
            status: "running",
            startedAt: new Date(),
          },
          select: { id: true },
        });
      }
      await recordRunEvent(db, run.organizationId, run.id, "step.started", {
        nodeId: node.id,
        iteration: ready.frame,
        attempt: ready.attempt,
        resumed: ready.resume,
      });
    });
  const execution = await executeStep(run, node, state, ready, runSignal, (text) =>
    tenant(run.organizationId, (db) => announceTokens(db, run.id, node.id, text)),
  );
  const settled = settleStep(node, ready, execution, oneCommit ? newStepId() : null, runSignal.aborted);
  await commitStep(run, settled.step, settled.events);
  return settled.record;
}

/** A step's result as `workflow_commit_step` writes it (see its migration). */
export type CommittedStep = {
  /** true: a new row (a quick step, written once); false: finishes the row written at its start. */
  insert: boolean;
  id?: string;
  nodeId: string;
  iteration: string;
  attempt: number;
  status: "succeeded" | "failed" | "waiting";
  /** Absent: the row keeps the input it has. */
  input?: Prisma.JsonValue;
  output: Prisma.JsonValue;
  handle: string | null;
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
  durationMs: number;
  resumeAt: string | null;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
};
export type CommittedEvent = { type: RunEventType; data: Record<string, unknown> };

const newStepId = createIdGenerator({ prefix: "step", size: 20 });

/**
 * Commits a step's result, its events (announced to viewers) and the run's token totals in one
 * round trip and one transaction: the step is durable before the next one starts.
 */
async function commitStep(run: ClaimedRun, step: CommittedStep, events: CommittedEvent[]) {
  await callSql("SELECT workflow_commit_step($1, $2, $3::jsonb, $4::jsonb)", [
    run.organizationId,
    run.id,
    JSON.stringify(step),
    JSON.stringify(events),
  ]);
}

export type { IndexedNode };

/**
 * The last try at advancing a run failed on something outside any step (the database went away,
 * a bug): the run fails with that said, instead of staying "running" with nobody on it.
 */
export async function failStuckRun(payload: AdvancePayload, error: unknown): Promise<void> {
  const reason = error instanceof Error ? error.message : String(error);
  await tenant(payload.organizationId, async (db) => {
    const { count } = await db.workflowRun.updateMany({
      where: { id: payload.runId, status: { in: ["queued", "running", "waiting"] } },
      data: {
        status: "failed",
        error: `The engine could not go on with this run: ${reason}`,
        finishedAt: new Date(),
        leaseOwner: null,
        leaseUntil: null,
      },
    });
    if (count) await recordRunEvent(db, payload.organizationId, payload.runId, "run.failed", { error: reason });
  });
}
