import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { edge, graph, node, start, vipFlow } from "@/lib/workflow/fixtures";
import type { TWorkflowGraph } from "@/lib/workflow/graph";
import {
  adminSql,
  closeConnections,
  createAgency,
  ownerAccess,
  ownerCaller,
  trpcError,
  type Caller,
  type TestAgency,
} from "@/test/factories";
import { publishWorkflow, startTestWorker, waitForRun, type RunDetail } from "@/test/workflow-worker";
import { startRun } from "../services/workflows/runs";
import { instantIndex, runInstantly, type InstantRunInput } from "./instant";
import type { WorkflowWorker } from "./worker";

let agency: TestAgency;
let caller: Caller;
let worker: WorkflowWorker;

beforeAll(async () => {
  agency = await createAgency();
  caller = ownerCaller(agency);
  worker = await startTestWorker("instant-test");
});

afterAll(async () => {
  await worker.stop();
  await closeConnections();
});

/** trigger → a transform that fails (with `onError` if given) → output; on "branch", the error path's own output. */
const failingFlow = (onError?: { mode: "continue"; default: unknown } | { mode: "branch" }) => {
  const branch = onError?.mode === "branch";
  return graph(
    [
      start(),
      node("lookup", "transform", { expression: "$error('no such customer')" }, { name: "Look up", onError }),
      node("result", "output", { value: "{{ nodes.lookup.output }}" }),
      ...(branch ? [node("fallback", "output", { value: "handled" })] : []),
    ],
    [edge("start", "lookup"), edge("lookup", "result"), ...(branch ? [edge("lookup", "fallback", "error")] : [])],
  );
};

/** An instant run of version 1 of `workflowId` (published with graph `g`) by webhook. */
function runOf(workflowId: string, g: TWorkflowGraph, input: unknown, extra: Partial<InstantRunInput> = {}) {
  const index = instantIndex(g);
  if (!index) throw new Error("expected an instant graph");
  return runInstantly(index, g, {
    organizationId: agency.organizationId,
    workflowId,
    versionNumber: 1,
    trigger: "webhook",
    input,
    idempotencyKey: null,
    createdById: null,
    ...extra,
  });
}

/** `g` published as a new workflow, and an instant run of it. */
async function instantRun(g: TWorkflowGraph, input: unknown, extra: Partial<InstantRunInput> = {}) {
  const workflowId = await publishWorkflow(caller, g, "Instant test");
  return { workflowId, run: await runOf(workflowId, g, input, extra) };
}

/** What a run did, in the shape two runs of the same flow must share whichever path ran them. */
async function trace(run: RunDetail) {
  const events = await adminSql<{ type: string; data: { nodeId?: string } }>(
    "SELECT type, data FROM workflow_events WHERE run_id = $1 ORDER BY id",
    [run.id],
  );
  return {
    status: run.status,
    output: run.output,
    error: run.error,
    steps: run.steps.map((s) => ({
      nodeId: s.nodeId,
      status: s.status,
      output: s.output,
      handle: s.handle,
      error: s.error,
    })),
    events: events.map((e) => `${e.type}${e.data.nodeId ? `:${e.data.nodeId}` : ""}`),
  };
}

/** The same flow and input through the queue and a worker. */
async function queuedTrace(g: TWorkflowGraph, input: unknown) {
  const workflowId = await publishWorkflow(caller, g, "Queued twin");
  const { id } = await startRun(ownerAccess(agency), { workflowId, trigger: "webhook", input });
  return trace(await waitForRun(caller, id));
}

describe("instant runs", () => {
  it("takes only graphs of quick steps with no loop and no retry", () => {
    expect(instantIndex(vipFlow())).not.toBeNull();
    const withRetry = vipFlow();
    withRetry.nodes[1] = { ...withRetry.nodes[1]!, retry: { attempts: 3, backoffMs: 100, maxBackoffMs: 1000 } };
    expect(instantIndex(withRetry)).toBeNull();
    const callsOut = graph(
      [
        start(),
        node("fetch", "http", { method: "GET", url: "https://example.com" }),
        node("result", "output", { value: "x" }),
      ],
      [edge("start", "fetch"), edge("fetch", "result")],
    );
    expect(instantIndex(callsOut)).toBeNull();
    const looping = graph(
      [start(), node("each", "loop", { items: "[1, 2]", maxIterations: 10 }), node("result", "output", { value: "x" })],
      [edge("start", "each"), edge("each", "result", "done")],
    );
    expect(instantIndex(looping)).toBeNull();
    // A graph with problems goes to the queue, which fails the run with them.
    expect(instantIndex(graph([node("result", "output", { value: "x" })]))).toBeNull();
  });

  it("records the run, its steps and its events exactly as a worker would, in one commit", async () => {
    for (const spend of [80, 20]) {
      const { run } = await instantRun(vipFlow(), { spend });
      expect(run).toMatchObject({ status: "succeeded", duplicate: false });
      const detail = await caller.workflows.runDetail({ id: run.id });
      expect(detail).toMatchObject({ status: "succeeded", trigger: "webhook", versionNumber: 1 });
      expect(detail.startedAt).not.toBeNull();
      expect(detail.finishedAt).not.toBeNull();
      expect(await trace(detail)).toEqual(await queuedTrace(vipFlow(), { spend }));
    }
    const { run } = await instantRun(vipFlow(), { spend: 80 });
    // The skipped branch is not written, as with a worker.
    const steps = (await caller.workflows.runDetail({ id: run.id })).steps.map((s) => s.nodeId);
    expect(steps).toEqual(["start", "score", "check", "big", "join", "result"]);
    expect(run.output).toEqual({ inputs: { big: "VIP: 160" } });
  });

  it("fails, continues or branches on a step's error as the node says, like a worker", async () => {
    const cases = [undefined, { mode: "continue" as const, default: "n/a" }, { mode: "branch" as const }];
    for (const onError of cases) {
      const { run } = await instantRun(failingFlow(onError), {});
      const detail = await caller.workflows.runDetail({ id: run.id });
      expect(await trace(detail)).toEqual(await queuedTrace(failingFlow(onError), {}));
    }
    const { run } = await instantRun(failingFlow(), {});
    expect(run).toMatchObject({
      status: "failed",
      error: expect.stringMatching(/^Look up failed: .*no such customer/),
    });
  });

  it("writes nothing for an Idempotency-Key already used, on either path, even when sent at once", async () => {
    const g = vipFlow();
    const { workflowId, run: first } = await instantRun(g, { spend: 80 }, { idempotencyKey: "webhook:order-1" });
    const again = await runOf(workflowId, g, { spend: 1 }, { idempotencyKey: "webhook:order-1" });
    expect(again).toEqual({ ...first, duplicate: true });

    const burst = await Promise.all(
      Array.from({ length: 6 }, (_, i) => runOf(workflowId, g, { spend: i }, { idempotencyKey: "webhook:burst" })),
    );
    expect(new Set(burst.map((r) => r.id)).size).toBe(1);
    expect(burst.filter((r) => r.duplicate)).toHaveLength(5);

    // A key the queued path used first answers with that run.
    const queued = await startRun(ownerAccess(agency), {
      workflowId,
      trigger: "webhook",
      input: { spend: 5 },
      idempotencyKey: "webhook:from-queue",
    });
    const replay = await runOf(workflowId, g, { spend: 6 }, { idempotencyKey: "webhook:from-queue" });
    expect(replay).toMatchObject({ id: queued.id, duplicate: true });
    const [{ count }] = (await adminSql<{ count: number }>(
      "SELECT count(*)::int AS count FROM workflow_runs WHERE workflow_id = $1",
      [workflowId],
    )) as [{ count: number }];
    expect(count).toBe(3);
  });

  it("keeps the run to its agency", async () => {
    const { run } = await instantRun(vipFlow(), { spend: 80 });
    const [row] = await adminSql<{ organization_id: string }>(
      "SELECT organization_id FROM workflow_runs WHERE id = $1",
      [run.id],
    );
    expect(row?.organization_id).toBe(agency.organizationId);
    const other = ownerCaller(await createAgency());
    expect((await trpcError(other.workflows.runDetail({ id: run.id }))).code).toBe("NOT_FOUND");
  });
});
