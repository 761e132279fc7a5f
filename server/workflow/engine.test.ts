import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { edge, graph, node, start, vipFlow } from "@/lib/workflow/fixtures";
import type { TWorkflowGraph } from "@/lib/workflow/graph";
import {
  addMember,
  adminSql,
  callerFor,
  closeConnections,
  createAgency,
  ownerCaller,
  trpcError,
  type Caller,
  type TestAgency,
} from "@/test/factories";
import { eventually, publishWorkflow, startTestWorker, waitForRun, type RunDetail } from "@/test/workflow-worker";
import { closeQueue } from "./queue";
import type { WorkflowWorker } from "./worker";

let agency: TestAgency;
let caller: Caller;
let worker: WorkflowWorker;

beforeAll(async () => {
  agency = await createAgency();
  caller = ownerCaller(agency);
  worker = await startTestWorker("engine-test");
});

afterAll(async () => {
  await worker.stop();
  await closeQueue();
  await closeConnections();
});

/** A published workflow with this graph. */
const published = (g: TWorkflowGraph, as: Caller = caller) => publishWorkflow(as, g, "Engine test");

const settled = (runId: string, until?: (run: RunDetail) => boolean) => waitForRun(caller, runId, until);

describe("workflow engine", () => {
  it("runs a published version to its output, committing each step and writing no skipped branch", async () => {
    const workflowId = await published(vipFlow());
    const { id } = await caller.workflows.run({ workflowId, input: { spend: 80 } });
    const run = await settled(id);
    expect(run).toMatchObject({ status: "succeeded", versionNumber: 1, trigger: "manual" });
    expect(run.output).toEqual({ inputs: { big: "VIP: 160" } });
    expect(run.steps.map((s) => [s.nodeId, s.status])).toEqual([
      ["start", "succeeded"],
      ["score", "succeeded"],
      ["check", "succeeded"],
      ["big", "succeeded"],
      ["join", "succeeded"],
      ["result", "succeeded"],
    ]);
    const events = await adminSql<{ type: string }>("SELECT type FROM workflow_events WHERE run_id = $1 ORDER BY id", [
      id,
    ]);
    expect(events.map((e) => e.type)).toEqual([
      "run.started",
      ...Array.from({ length: 6 }, () => ["step.started", "step.finished"]).flat(),
      "run.succeeded",
    ]);
  });

  it("test-runs the draft, and refuses a draft with problems, naming the step", async () => {
    const workflow = await caller.workflows.create({ name: `Draft test ${Date.now()}` });
    const { id } = await caller.workflows.testRun({ workflowId: workflow.id, input: { hello: "world" } });
    const run = await settled(id);
    expect(run).toMatchObject({
      status: "succeeded",
      versionNumber: null,
      trigger: "test",
      output: { hello: "world" },
    });
    const broken = graph(
      [start(), node("result", "output", { value: "{{ nodes.ghost.output }}" })],
      [edge("start", "result")],
    );
    await caller.workflows.saveDraft({ id: workflow.id, graph: broken, baseRevision: workflow.draftRevision });
    const error = await trpcError(caller.workflows.testRun({ workflowId: workflow.id, input: {} }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/ghost/);
    expect((await trpcError(caller.workflows.run({ workflowId: workflow.id, input: {} }))).message).toMatch(
      /no published version/,
    );
  });

  it("retries a failing step with exponential backoff, then fails the run; retry from the failed step", async () => {
    const workflowId = await published(
      graph(
        [
          start(),
          node(
            "flaky",
            "transform",
            { expression: "$error('upstream said no')" },
            { retry: { attempts: 3, backoffMs: 400, maxBackoffMs: 10_000 } },
          ),
          node("result", "output", { value: "never" }),
        ],
        [edge("start", "flaky"), edge("flaky", "result")],
      ),
    );
    const { id } = await caller.workflows.run({ workflowId, input: {} });
    const run = await settled(id);
    expect(run.status).toBe("failed");
    expect(run.error).toMatch(/upstream said no/);
    const attempts = run.steps.filter((s) => s.nodeId === "flaky");
    expect(attempts.map((s) => [s.attempt, s.status])).toEqual([
      [1, "failed"],
      [2, "failed"],
      [3, "failed"],
    ]);
    // Waits of 400 ms then 800 ms, each with jitter over its upper half: at least 200 and 400 ms.
    const gap = (a: number, b: number) => attempts[b]!.startedAt.getTime() - attempts[a]!.finishedAt!.getTime();
    expect(gap(0, 1)).toBeGreaterThanOrEqual(200);
    expect(gap(1, 2)).toBeGreaterThanOrEqual(400);
    expect(gap(1, 2)).toBeLessThan(5_000);

    await caller.workflows.retry({ id });
    const again = await settled(
      id,
      (r) => r.status === "failed" && r.steps.filter((s) => s.nodeId === "flaky").length === 4,
    );
    expect(again.steps.filter((s) => s.nodeId === "start")).toHaveLength(1);
  });

  it("goes on past a failing step set to continue (with its default) or down its error branch", async () => {
    const workflowId = await published(
      graph(
        [
          start(),
          node(
            "soft",
            "transform",
            { expression: "$error('no data')" },
            { onError: { mode: "continue", default: { items: [] } } },
          ),
          node("hard", "transform", { expression: "$error('boom')" }, { onError: { mode: "branch" } }),
          node("fine", "output", { value: "not this" }),
          node("rescue", "output", { value: "{{ $count(nodes.soft.output.items) & ' items, rescued' }}" }),
        ],
        [edge("start", "soft"), edge("soft", "hard"), edge("hard", "fine"), edge("hard", "rescue", "error")],
      ),
    );
    const { id } = await caller.workflows.run({ workflowId, input: {} });
    const run = await settled(id);
    expect(run).toMatchObject({ status: "succeeded", output: "0 items, rescued" });
    expect(run.steps.map((s) => [s.nodeId, s.status])).toEqual([
      ["start", "succeeded"],
      ["soft", "failed"],
      ["hard", "failed"],
      ["rescue", "succeeded"],
    ]);
  });

  it("pauses at an approval (no worker held), survives a worker restart, and goes on down the path decided", async () => {
    const workflowId = await published(
      graph(
        [
          start(),
          node("review", "approval", { message: "Approve {{ input.title }}?" }),
          node("yes", "output", { value: "shipped" }),
          node("no", "output", { value: "{{ nodes.review.output.comment }}" }),
        ],
        [edge("start", "review"), edge("review", "yes", "approved"), edge("review", "no", "rejected")],
      ),
    );
    const { id } = await caller.workflows.run({ workflowId, input: { title: "Spring copy" } });
    const waiting = await settled(id, (r) => r.status === "waiting");
    expect(waiting.steps.find((s) => s.nodeId === "review")).toMatchObject({
      status: "waiting",
      output: { wait: { message: "Approve Spring copy?" } },
    });
    const member = await addMember(agency, "member");
    expect(
      (
        await trpcError(
          callerFor(member, agency.organizationId).workflows.decide({ runId: id, nodeId: "review", approve: true }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(await caller.workflows.approvals()).toContainEqual(
      expect.objectContaining({ runId: id, nodeId: "review", message: "Approve Spring copy?" }),
    );
    // The worker restarts while the run waits: nothing about the wait lived in it.
    await worker.stop();
    worker = await startTestWorker("engine-test-restarted");
    await caller.workflows.decide({ runId: id, nodeId: "review", approve: false, comment: "Too salesy" });
    const run = await settled(id);
    expect(run).toMatchObject({ status: "succeeded", output: "Too salesy" });
    expect((await trpcError(caller.workflows.decide({ runId: id, nodeId: "review", approve: true }))).code).toBe(
      "PRECONDITION_FAILED",
    );
    expect((await caller.workflows.approvals()).map((a) => a.runId)).not.toContain(id);
  });

  it("sleeps through a delay in the database and wakes on time", async () => {
    const workflowId = await published(
      graph(
        [start(), node("wait", "delay", { durationSeconds: 1 }), node("result", "output", { value: "awake" })],
        [edge("start", "wait"), edge("wait", "result")],
      ),
    );
    const started = Date.now();
    const { id } = await caller.workflows.run({ workflowId, input: {} });
    await settled(id, (r) => r.status === "waiting");
    const run = await settled(id);
    expect(run).toMatchObject({ status: "succeeded", output: "awake" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
  });

  it("fails a run that goes over the workflow's time limit, even while it waits", async () => {
    const workflowId = await published({
      ...graph(
        [start(), node("wait", "delay", { durationSeconds: 60 }), node("result", "output", { value: "late" })],
        [edge("start", "wait"), edge("wait", "result")],
      ),
      settings: { runTimeoutSeconds: 1 },
    });
    const startedAt = Date.now();
    const { id } = await caller.workflows.run({ workflowId, input: {} });
    const run = await settled(id);
    expect(run).toMatchObject({ status: "failed", error: "The run went over its time limit of 1 s." });
    expect(Date.now() - startedAt).toBeLessThan(15_000);
  });

  it("cancels a waiting run, and a finished run cannot be cancelled", async () => {
    const workflowId = await published(
      graph(
        [start(), node("wait", "delay", { durationSeconds: 30 }), node("result", "output", { value: "x" })],
        [edge("start", "wait"), edge("wait", "result")],
      ),
    );
    const { id } = await caller.workflows.run({ workflowId, input: {} });
    await settled(id, (r) => r.status === "waiting");
    await caller.workflows.cancel({ id });
    expect((await caller.workflows.runDetail({ id })).status).toBe("cancelled");
    expect((await trpcError(caller.workflows.cancel({ id }))).code).toBe("PRECONDITION_FAILED");
  });

  it("runs a sub-workflow and passes its output on", async () => {
    const childId = await published(
      graph([start(), node("result", "output", { value: "{{ 'child got ' & input.n }}" })], [edge("start", "result")]),
    );
    const parentId = await published(
      graph(
        [
          start(),
          node("child", "sub_workflow", { workflowId: childId, input: "{ 'n': input.n }" }),
          node("result", "output", { value: "{{ nodes.child.output }}" }),
        ],
        [edge("start", "child"), edge("child", "result")],
      ),
    );
    const { id } = await caller.workflows.run({ workflowId: parentId, input: { n: 7 } });
    const run = await settled(id);
    expect(run).toMatchObject({ status: "succeeded", output: "child got 7" });
  });

  it("tests a single step of the draft with a sample scope, recording no run", async () => {
    const workflow = await caller.workflows.create({ name: `Single step ${Date.now()}`, graph: vipFlow() });
    const before = await adminSql("SELECT id FROM workflow_runs WHERE workflow_id = $1", [workflow.id]);
    expect(
      await caller.workflows.testNode({
        workflowId: workflow.id,
        nodeId: "check",
        scope: { nodes: { score: { output: 150, status: "succeeded" } } },
      }),
    ).toMatchObject({ status: "succeeded", output: { value: true }, handles: ["true"], error: null });
    expect(
      await caller.workflows.testNode({
        workflowId: workflow.id,
        nodeId: "big",
        scope: { nodes: { score: { output: 12, status: "succeeded" } } },
      }),
    ).toMatchObject({ status: "succeeded", output: "VIP: 12" });
    const failed = await caller.workflows.testNode({
      workflowId: workflow.id,
      nodeId: "score",
      scope: { input: { spend: "lots" } },
    });
    expect(failed.status).toBe("failed");
    expect(failed.error).toMatch(/spend|number/i);
    expect(await adminSql("SELECT id FROM workflow_runs WHERE workflow_id = $1", [workflow.id])).toEqual(before);
    expect(
      (await trpcError(caller.workflows.testNode({ workflowId: workflow.id, nodeId: "nope", scope: {} }))).code,
    ).toBe("NOT_FOUND");
    // A sample nested deeper than expressions read is refused with what to fix, not a server error.
    let deep: unknown = 1;
    for (let i = 0; i < 100; i += 1) deep = { deeper: deep };
    const tooDeep = await trpcError(
      caller.workflows.testNode({ workflowId: workflow.id, nodeId: "check", scope: { input: { deep } } }),
    );
    expect(tooDeep.code).toBe("BAD_REQUEST");
    expect(tooDeep.message).toMatch(/^Fix the sample input: The run's data at/);
  });

  it("keeps runs to their agency: another agency cannot see, cancel, retry or decide them", async () => {
    const workflowId = await published(vipFlow());
    const { id } = await caller.workflows.run({ workflowId, input: { spend: 1 } });
    await settled(id);
    const other = ownerCaller(await createAgency());
    for (const call of [
      () => other.workflows.runDetail({ id }),
      () => other.workflows.cancel({ id }),
      () => other.workflows.retry({ id }),
      () => other.workflows.decide({ runId: id, nodeId: "check", approve: true }),
      () => other.workflows.run({ workflowId, input: {} }),
      () => other.workflows.get({ id: workflowId }),
      () => other.workflows.saveDraft({ id: workflowId, graph: vipFlow(), baseRevision: 1 }),
      () => other.workflows.export({ id: workflowId }),
      () => other.workflows.testNode({ workflowId, nodeId: "score", scope: {} }),
    ]) {
      expect((await trpcError(call())).code).toMatch(/NOT_FOUND|PRECONDITION_FAILED/);
    }
    expect((await other.workflows.runs({ limit: 50 })).runs).toEqual([]);
  });
});

/**
 * A worker process is killed outright (SIGKILL) while a step is in flight; another worker
 * process picks the run up once the dead one's lease runs out and finishes it. A counter server
 * shows each finished step's request arrived once, and the interrupted one came again with the
 * same Idempotency-Key.
 */
const LEASE_SECONDS = 2;

let counter: Server;
let counterUrl: string;
const hits: { path: string; key: string | null }[] = [];
let holdSlow: (() => void) | null = null;
const workers: ChildProcess[] = [];

function startWorker(name: string): ChildProcess {
  const child = spawn("npx", ["tsx", "--conditions=react-server", "scripts/worker.ts"], {
    env: {
      ...process.env,
      WORKFLOW_LEASE_SECONDS: String(LEASE_SECONDS),
      WORKFLOW_HTTP_ALLOW_PRIVATE: "127.0.0.1",
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: npx and tsx start child processes, and the kill must reach the worker itself.
    detached: true,
  });
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(`[${name}] ${chunk.toString()}`));
  workers.push(child);
  return child;
}

const until = eventually;

async function startCounter() {
  counter = createServer((req, res) => {
    hits.push({ path: req.url ?? "", key: (req.headers["idempotency-key"] as string | undefined) ?? null });
    const answer = () => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ ok: true, path: req.url }));
    };
    // The first call to /slow hangs: the worker is killed while waiting on it.
    if (req.url === "/slow" && hits.filter((hit) => hit.path === "/slow").length === 1) holdSlow = answer;
    else answer();
  });
  await new Promise<void>((resolve) => counter.listen(0, "127.0.0.1", resolve));
  counterUrl = `http://127.0.0.1:${(counter.address() as AddressInfo).port}`;
}

// Last, and with this file's in-process worker stopped: only the two worker processes below
// may take the run (any live worker's sweeper would take over an abandoned run).
describe("a worker killed mid-run", () => {
  beforeAll(async () => {
    await worker.stop();
    await startCounter();
  });

  afterAll(async () => {
    for (const child of workers) {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }
    holdSlow?.();
    await new Promise((resolve) => counter.close(resolve));
  });

  it("loses nothing and repeats no finished step: another worker finishes the run", async () => {
    const call = (id: string, path: string) =>
      node(id, "http", { method: "POST", url: `${counterUrl}${path}`, body: "{}" });
    const workflow = await caller.workflows.create({
      name: `Crash test ${Date.now()}`,
      graph: graph(
        [
          start(),
          call("first", "/first"),
          call("slow", "/slow"),
          call("last", "/last"),
          node("result", "output", { value: "{{ nodes.last.output.data.path }}" }),
        ],
        [edge("start", "first"), edge("first", "slow"), edge("slow", "last"), edge("last", "result")],
      ),
    });
    await caller.workflows.publish({ id: workflow.id, baseRevision: workflow.draftRevision });

    const doomed = startWorker("doomed");
    const { id } = await caller.workflows.run({ workflowId: workflow.id, input: {} });
    await until("the slow step to be in flight", () => (holdSlow ? true : undefined), 60_000);
    const exited = new Promise((resolve) => doomed.once("exit", resolve));
    process.kill(-doomed.pid!, "SIGKILL");
    await exited;

    startWorker("rescuer");
    const run = await until(
      "the run to finish",
      async () => {
        const detail = await caller.workflows.runDetail({ id });
        return ["succeeded", "failed", "cancelled"].includes(detail.status) ? detail : undefined;
      },
      60_000,
    );
    expect(run.status).toBe("succeeded");
    expect(run.output).toBe("/last");
    const byPath = (path: string) => hits.filter((hit) => hit.path === path);
    expect(byPath("/first")).toHaveLength(1);
    expect(byPath("/last")).toHaveLength(1);
    // The interrupted step ran again, with the same key: a receiver that dedupes sees it once.
    expect(byPath("/slow")).toHaveLength(2);
    expect(new Set(byPath("/slow").map((hit) => hit.key)).size).toBe(1);
    expect(byPath("/slow")[0]!.key).toBe(`${id}:slow:`);
    expect(run.steps.filter((step) => step.nodeId === "first")).toHaveLength(1);
  }, 120_000);
});
