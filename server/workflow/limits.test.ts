import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { edge, graph, node, start } from "@/lib/workflow/fixtures";
import type { TWorkflowGraph } from "@/lib/workflow/graph";
import {
  adminSql,
  closeConnections,
  createAgency,
  ownerCaller,
  trpcError,
  type Caller,
  type TestAgency,
} from "@/test/factories";
import { startOpenAIServer, type OpenAIServer } from "@/test/openai-server";
import { eventually, publishWorkflow, startTestWorker, waitForRun, type RunDetail } from "@/test/workflow-worker";
import type { WorkflowWorker } from "./worker";

const MODEL_KEY = "sk-limits-test";

let agency: TestAgency;
let caller: Caller;
let worker: WorkflowWorker;
let models: OpenAIServer;
let providerId: string;

/** A local API: `/slow` answers after a second, `/hang` never answers. */
type Hit = { path: string; agency: string | null; key: string | null; at: number; closedAt: number | null };
let api: Server;
let apiUrl: string;
const hits: Hit[] = [];
const inFlight = new Map<string, number>();
const mostInFlight = new Map<string, number>();

function onRequest(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "http://localhost");
  const hit: Hit = {
    path: url.pathname,
    agency: url.searchParams.get("agency"),
    key: (req.headers["idempotency-key"] as string | undefined) ?? null,
    at: Date.now(),
    closedAt: null,
  };
  hits.push(hit);
  const tag = hit.agency ?? "";
  inFlight.set(tag, (inFlight.get(tag) ?? 0) + 1);
  mostInFlight.set(tag, Math.max(mostInFlight.get(tag) ?? 0, inFlight.get(tag)!));
  res.on("close", () => {
    hit.closedAt = Date.now();
    inFlight.set(tag, inFlight.get(tag)! - 1);
  });
  if (hit.path === "/hang") return; // holds the request until the client gives up
  setTimeout(() => {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ ok: true, agency: hit.agency }));
  }, 1_000);
}

beforeAll(async () => {
  agency = await createAgency();
  caller = ownerCaller(agency);
  worker = await startTestWorker("limits-test", 2_000, { concurrencyPerAgency: 1 });
  api = createServer(onRequest);
  await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  models = await startOpenAIServer({ apiKey: MODEL_KEY, models: ["gpt-test-mini"] });
  const provider = await caller.providers.create({
    name: "Local stalling model",
    kind: "openai_compatible",
    baseUrl: models.url,
    apiKey: MODEL_KEY,
    defaultModel: "gpt-test-mini",
    models: [{ id: "gpt-test-mini", inputPerMillion: 2, outputPerMillion: 8 }],
  });
  providerId = provider.id;
});

afterAll(async () => {
  await worker.stop();
  await models.close();
  api.closeAllConnections();
  await new Promise((resolve) => api.close(resolve));
  await closeConnections();
});

const published = (g: TWorkflowGraph, as: Caller = caller) => publishWorkflow(as, g, "Limits test");

const settled = (runId: string, as: Caller = caller, until?: (run: RunDetail) => boolean) =>
  waitForRun(as, runId, until);

/** One step that takes about a second: a call to the local API's /slow. */
const slowFlow = (tag: string) =>
  graph(
    [
      start(),
      node("call", "http", { method: "GET", url: `${apiUrl}/slow?agency=${tag}` }),
      node("result", "output", { value: "{{ nodes.call.output.data.agency }}" }),
    ],
    [edge("start", "call"), edge("call", "result")],
  );

describe("per-agency concurrency limit", () => {
  it("runs one of an agency's runs at a time when its limit is 1, queueing the rest; other agencies go on", async () => {
    expect(worker.options.concurrencyPerAgency).toBe(1);
    const other = await createAgency();
    const otherCaller = ownerCaller(other);
    const mine = await published(slowFlow("a"));
    const theirs = await published(slowFlow("b"), otherCaller);

    const mostRunning = new Map<string, number>();
    let mostTogether = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const rows = await adminSql<{ organization_id: string; running: number }>(
          `SELECT organization_id, count(*)::int AS running FROM workflow_runs
            WHERE organization_id = ANY($1) AND status = 'running' GROUP BY organization_id`,
          [[agency.organizationId, other.organizationId]],
        );
        for (const row of rows)
          mostRunning.set(row.organization_id, Math.max(mostRunning.get(row.organization_id) ?? 0, row.running));
        mostTogether = Math.max(
          mostTogether,
          rows.reduce((sum, row) => sum + row.running, 0),
        );
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();

    try {
      const runs = [];
      for (let i = 0; i < 3; i += 1) runs.push((await caller.workflows.run({ workflowId: mine, input: {} })).id);
      const theirRun = (await otherCaller.workflows.run({ workflowId: theirs, input: {} })).id;

      const done = await Promise.all(runs.map((id) => settled(id)));
      const theirDone = await settled(theirRun, otherCaller);
      sampling = false;
      await sampler;

      expect(done.map((run) => [run.status, run.output])).toEqual(Array.from({ length: 3 }, () => ["succeeded", "a"]));
      expect(theirDone).toMatchObject({ status: "succeeded", output: "b" });
      expect(mostRunning.get(agency.organizationId)).toBe(1);
      expect(mostInFlight.get("a")).toBe(1);
      // One after another: each of the agency's runs started after the one before it ended.
      const byStart = [...done].sort((x, y) => x.startedAt!.getTime() - y.startedAt!.getTime());
      for (let i = 1; i < byStart.length; i += 1)
        expect(byStart[i]!.startedAt!.getTime()).toBeGreaterThanOrEqual(byStart[i - 1]!.finishedAt!.getTime());
      // The other agency's run did not wait behind them: it ran alongside the first.
      expect(theirDone.startedAt!.getTime()).toBeLessThan(byStart[0]!.finishedAt!.getTime());
      expect(mostTogether).toBe(2);
      const waited = byStart.at(-1)!.startedAt!.getTime() - byStart.at(-1)!.createdAt.getTime();
      expect(waited).toBeGreaterThanOrEqual(2_000);
    } finally {
      sampling = false;
      await sampler;
    }
  }, 40_000);
});

describe("cancellation", () => {
  it("stops an in-flight model call: the request is closed and the step fails as cancelled", async () => {
    const workflowId = await published(
      graph(
        [
          start(),
          node("answer", "llm", { providerId, prompt: "Write a long essay about {{ input.topic }}." }),
          node("result", "output", { value: "{{ nodes.answer.output }}" }),
        ],
        [edge("start", "answer"), edge("answer", "result")],
      ),
    );
    const before = models.requests.length;
    models.script({ kind: "stall", afterChunks: 2, text: "Cold brew is brewed cold over many hours." });
    const { id } = await caller.workflows.run({ workflowId, input: { topic: "cold brew" } });
    const request = await eventually("the model call to be in flight", () =>
      models.requests.slice(before).find((r) => r.path === "/v1/chat/completions"),
    );
    expect(request.body).toMatchObject({ model: "gpt-test-mini", stream: true });
    await settled(id, caller, (run) => run.status === "running");
    expect(request.closedByClient).toBe(false);

    const cancelledAt = Date.now();
    await caller.workflows.cancel({ id });
    await eventually("the model request to be closed by the worker", () => request.closedByClient || undefined, 5_000);
    expect(Date.now() - cancelledAt).toBeLessThan(2_500);

    const run = await settled(id, caller, (r) => r.steps.some((s) => s.nodeId === "answer" && s.status === "failed"));
    expect(run).toMatchObject({ status: "cancelled", error: "Cancelled.", output: null });
    expect(run.steps.map((s) => [s.nodeId, s.attempt, s.status, s.error])).toEqual([
      ["start", 1, "succeeded", null],
      ["answer", 1, "failed", "Cancelled with the run."],
    ]);
    expect(run.steps[1]!.resumeAt).toBeNull();
    // Not retried: one call only, and the run stays cancelled with its lease let go.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(models.requests.slice(before)).toHaveLength(1);
    const [row] = await adminSql<{ status: string; lease_owner: string | null }>(
      "SELECT status::text, lease_owner FROM workflow_runs WHERE id = $1",
      [id],
    );
    expect(row).toEqual({ status: "cancelled", lease_owner: null });
    const events = await adminSql<{ type: string }>("SELECT type FROM workflow_events WHERE run_id = $1 ORDER BY id", [
      id,
    ]);
    expect(events.map((e) => e.type).slice(-2)).toEqual(["run.cancelled", "step.failed"]);
  });

  it("refuses to decide an approval of a cancelled run", async () => {
    const workflowId = await published(
      graph(
        [start(), node("review", "approval", { message: "Ship it?" }), node("result", "output", { value: "shipped" })],
        [edge("start", "review"), edge("review", "result", "approved")],
      ),
    );
    const { id } = await caller.workflows.run({ workflowId, input: {} });
    await settled(id, caller, (run) => run.status === "waiting");
    await caller.workflows.cancel({ id });
    const error = await trpcError(caller.workflows.decide({ runId: id, nodeId: "review", approve: true }));
    expect(error.code).toBe("PRECONDITION_FAILED");
    expect(error.message).toMatch(/cancelled/);
    const events = await adminSql<{ type: string }>("SELECT type FROM workflow_events WHERE run_id = $1", [id]);
    expect(events.map((e) => e.type)).not.toContain("approval.decided");
  });
});

describe("per-node timeout", () => {
  it("fails a step that takes too long with 'Timed out after 1 s', and retries it per its policy", async () => {
    const workflowId = await published(
      graph(
        [
          start(),
          node(
            "call",
            "http",
            { method: "POST", url: `${apiUrl}/hang?agency=timeout`, body: "{}" },
            { timeoutMs: 1_000, retry: { attempts: 2, backoffMs: 300, maxBackoffMs: 300 } },
          ),
          node("result", "output", { value: "never" }),
        ],
        [edge("start", "call"), edge("call", "result")],
      ),
    );
    const { id } = await caller.workflows.run({ workflowId, input: {} });
    const run = await settled(id);
    expect(run.status).toBe("failed");
    expect(run.error).toMatch(/failed: Timed out after 1 s\.$/);
    const attempts = run.steps.filter((s) => s.nodeId === "call");
    expect(attempts.map((s) => [s.attempt, s.status, s.error])).toEqual([
      [1, "failed", "Timed out after 1 s."],
      [2, "failed", "Timed out after 1 s."],
    ]);
    for (const attempt of attempts) {
      expect(attempt.durationMs).toBeGreaterThanOrEqual(1_000);
      expect(attempt.durationMs).toBeLessThan(2_500);
    }
    expect(attempts[0]!.resumeAt).not.toBeNull();
    expect(attempts[1]!.resumeAt).toBeNull();
    const gap = attempts[1]!.startedAt.getTime() - attempts[0]!.finishedAt!.getTime();
    expect(gap).toBeGreaterThanOrEqual(150);
    expect(run.steps.some((s) => s.nodeId === "result")).toBe(false);

    // The server saw both attempts, with one key, and each was dropped by the worker at its limit.
    const calls = hits.filter((hit) => hit.agency === "timeout");
    expect(calls).toHaveLength(2);
    expect(calls.map((hit) => hit.key)).toEqual([`${id}:call:`, `${id}:call:`]);
    for (const hit of calls) {
      expect(hit.closedAt).not.toBeNull();
      expect(hit.closedAt! - hit.at).toBeGreaterThanOrEqual(900);
      expect(hit.closedAt! - hit.at).toBeLessThan(2_000);
    }
  });
});
