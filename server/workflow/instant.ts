import { createIdGenerator } from "ai";
import type { TWorkflowGraph } from "@/lib/workflow/graph";
import { callSql } from "../db/client";
import {
  executeStep,
  formatSeconds,
  QUICK_TYPES,
  settleStep,
  type CommittedEvent,
  type CommittedStep,
  type StepRun,
} from "./engine";
import { RunState, type StepRecord } from "./frontier";
import { indexGraph, type GraphIndex } from "./graph-index";
import { enqueueAdvance } from "./queue";

/**
 * Instant runs. A run of a workflow whose every step is quick and reaches nothing outside the run
 * (triggers, transform, condition, switch, set variable, parallel, merge, output) needs no queue:
 * it is worked out in memory where it was triggered, with the engine's own frontier, executors
 * and step records, and then the run, all its steps and all its events are committed by one call
 * in one transaction.
 *
 * Durable the same way: before that commit nothing of the run exists, and nothing it did is
 * visible anywhere, so a process that dies halfway loses nothing anyone was told about and has
 * nothing to repeat (the caller got no answer and sends again, with its Idempotency-Key if it
 * has one). After the commit the run is finished. The per-agency concurrency limit does not
 * apply: such a run holds no worker and is over in about a millisecond.
 *
 * A loop (any number of iterations), a step with a retry policy (a backoff to wait out) and every
 * step that calls out (agent, prompt, HTTP, email, approval, delay, sub-workflow, guardrail) make
 * a workflow go through the queue as before.
 */

/** How many steps an instant run may take before it is handed to a worker (a safety net: the graph is acyclic). */
const MAX_INSTANT_STEPS = 200;

const eligibility = new WeakMap<TWorkflowGraph, GraphIndex | null>();

/** The graph's index when every run of it can be instant, otherwise null. Remembered per graph object. */
export function instantIndex(graph: TWorkflowGraph): GraphIndex | null {
  if (eligibility.has(graph)) return eligibility.get(graph)!;
  let index: GraphIndex | null = null;
  try {
    const candidate = indexGraph(graph);
    const quick = [...candidate.nodes.values()].every(
      (node) => QUICK_TYPES.has(node.type) && node.type !== "loop" && (node.retry?.attempts ?? 1) <= 1,
    );
    if (quick) index = candidate;
  } catch {
    // A graph with problems runs through the queue, which fails it with the reason.
  }
  eligibility.set(graph, index);
  return index;
}

export type InstantRunInput = {
  organizationId: string;
  workflowId: string;
  versionNumber: number;
  trigger: string;
  input: unknown;
  idempotencyKey: string | null;
  createdById: string | null;
};

export type InstantRunResult = {
  id: string;
  status: "succeeded" | "failed" | "running";
  output: unknown;
  error: string | null;
  duplicate: boolean;
};

const newRunId = createIdGenerator({ prefix: "run", size: 20 });
const newStepsPrefix = createIdGenerator({ prefix: "step", size: 16 });

/**
 * Runs a published version whose `instantIndex` is not null, start to finish, then records it.
 * An Idempotency-Key used before writes nothing and answers with that first run. If the run
 * somehow cannot finish here it is recorded as running, with what it did, and handed to a worker.
 */
export async function runInstantly(
  index: GraphIndex,
  graph: TWorkflowGraph,
  input: InstantRunInput,
): Promise<InstantRunResult> {
  const createdAt = new Date();
  const limit = graph.settings?.runTimeoutSeconds;
  const run: StepRun = {
    id: newRunId(),
    organizationId: input.organizationId,
    workflowId: input.workflowId,
    input: input.input,
    depth: 0,
    createdById: input.createdById,
    deadlineAt: limit ? new Date(createdAt.getTime() + limit * 1000) : null,
  };
  const signal = new AbortController().signal;
  // Steps that start in the same millisecond keep their order by id.
  const stepsPrefix = newStepsPrefix();
  const committed: CommittedStep[] = [];
  const events: CommittedEvent[] = [{ type: "run.started", data: {} }];
  const latest = new Map<string, StepRecord>();
  let outcome: Pick<InstantRunResult, "status" | "output" | "error"> = {
    status: "running",
    output: null,
    error: null,
  };

  for (let taken = 0; taken < MAX_INSTANT_STEPS;) {
    const state = new RunState(index, latest.values());
    const frontier = state.frontier(new Date());
    if (frontier.failed) {
      const node = index.nodes.get(frontier.failed.nodeId)!;
      outcome = { status: "failed", output: null, error: `${node.name} failed: ${frontier.failed.error}` };
      break;
    }
    if (frontier.done) {
      outcome = { status: "succeeded", output: state.output() ?? null, error: null };
      break;
    }
    if (!frontier.ready.length) break;
    if (run.deadlineAt && run.deadlineAt <= new Date()) {
      outcome = {
        status: "failed",
        output: null,
        error: `The run went over its time limit of ${formatSeconds(limit ?? 0)}.`,
      };
      break;
    }
    for (const ready of frontier.ready) {
      const node = index.nodes.get(ready.nodeId)!;
      const execution = await executeStep(run, node, state, ready, signal, null);
      const settled = settleStep(node, ready, execution, `${stepsPrefix}_${String(taken).padStart(3, "0")}`, false);
      committed.push(settled.step);
      events.push(...settled.events);
      latest.set(`${ready.nodeId}@${ready.frame}`, settled.record);
      taken += 1;
    }
  }
  if (outcome.status !== "running") {
    events.push(
      outcome.status === "succeeded"
        ? { type: "run.succeeded", data: { error: null } }
        : { type: "run.failed", data: { error: outcome.error } },
    );
  }

  const finishedAt = new Date();
  const [row] = await callSql<{
    id: string;
    status: string;
    output: unknown;
    error: string | null;
    duplicate: boolean;
  }>("SELECT * FROM workflow_record_instant_run($1, $2::jsonb, $3::jsonb, $4::jsonb)", [
    input.organizationId,
    JSON.stringify({
      id: run.id,
      workflowId: input.workflowId,
      versionNumber: input.versionNumber,
      trigger: input.trigger,
      input: input.input ?? {},
      status: outcome.status,
      output: outcome.output,
      error: outcome.error,
      idempotencyKey: input.idempotencyKey,
      createdById: input.createdById,
      createdAt: createdAt.toISOString(),
      startedAt: createdAt.toISOString(),
      finishedAt: outcome.status === "running" ? null : finishedAt.toISOString(),
    }),
    JSON.stringify(committed),
    JSON.stringify(events),
  ]);
  const result = row as InstantRunResult;
  if (result.status === "running" && !result.duplicate) {
    await enqueueAdvance({ organizationId: input.organizationId, runId: run.id });
  }
  return result;
}
