import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/hooks/[workflowId]/[secret]/route";
import { GET as getHookRun } from "@/app/api/hooks/[workflowId]/[secret]/runs/[runId]/route";
import { edge, graph, node, start } from "@/lib/workflow/fixtures";
import type { TWorkflowGraph } from "@/lib/workflow/graph";
import { adminSql, closeConnections, createAgency, ownerCaller, type Caller, type TestAgency } from "@/test/factories";
import { eventually, startTestWorker, waitForRun } from "@/test/workflow-worker";
import { configCacheReady } from "../../db/config-cache";
import type { WorkflowWorker } from "../../workflow/worker";
import { MAX_WEBHOOK_BODY_BYTES } from "./webhooks";

let agency: TestAgency;
let caller: Caller;
let worker: WorkflowWorker;
let workflowCount = 0;

beforeAll(async () => {
  agency = await createAgency();
  caller = ownerCaller(agency);
  worker = await startTestWorker("webhooks-test");
});

afterAll(async () => {
  await worker.stop();
  await closeConnections();
});

type Hook = { workflowId: string; secret: string };

/** A workflow with this graph (published unless told otherwise) and its webhook address. */
async function hook(g: TWorkflowGraph, { as = caller, publish = true } = {}): Promise<Hook> {
  workflowCount += 1;
  const workflow = await as.workflows.create({ name: `Webhook test ${workflowCount} ${Date.now()}`, graph: g });
  if (publish) await as.workflows.publish({ id: workflow.id, baseRevision: workflow.draftRevision });
  const [, , , workflowId, secret] = workflow.webhookPath!.split("/");
  expect(workflowId).toBe(workflow.id);
  return { workflowId: workflow.id, secret: secret! };
}

type Send = { body?: BodyInit; headers?: Record<string, string>; query?: string };

function post({ workflowId, secret }: Hook, { body = "{}", headers, query = "" }: Send = {}) {
  const req = new Request(`http://localhost/api/hooks/${workflowId}/${secret}${query}`, {
    method: "POST",
    body,
    headers: headers ?? { "content-type": "application/json" },
    ...(body instanceof ReadableStream && { duplex: "half" }),
  } as RequestInit);
  return POST(req, { params: Promise.resolve({ workflowId, secret }) });
}

function poll({ workflowId, secret }: Hook, runId: string) {
  const req = new Request(`http://localhost/api/hooks/${workflowId}/${secret}/runs/${runId}`);
  return getHookRun(req, { params: Promise.resolve({ workflowId, secret, runId }) });
}

type Json = Record<string, unknown> & { runId?: string; error?: { code: string; message: string } };
const json = async (res: Response) => (await res.json()) as Json;

const settled = (runId: string, as: Caller = caller) => waitForRun(as, runId);

const runsOf = async (workflowId: string) =>
  (
    await adminSql<{ count: number }>("SELECT count(*)::int AS count FROM workflow_runs WHERE workflow_id = $1", [
      workflowId,
    ])
  )[0]!.count;

const webhook = (config: Record<string, unknown> = {}) => node("start", "trigger.webhook", config);

/** Echoes the body's name: respond at once (the default). */
const echoFlow = (config: Record<string, unknown> = {}) =>
  graph(
    [webhook(config), node("result", "output", { value: "{{ 'hello ' & input.body.name }}" })],
    [edge("start", "result")],
  );

/** webhook → transform → condition → one of two outputs, answered with the output. */
const scoreFlow = () =>
  graph(
    [
      webhook({ respond: "with_output", waitSeconds: 10 }),
      node("score", "transform", { expression: "input.body.spend * 2" }),
      node("check", "condition", { expression: "nodes.score.output > 100" }),
      node("vip", "output", { value: "{{ { 'tier': 'vip', 'score': nodes.score.output } }}" }),
      node("regular", "output", { value: "{{ { 'tier': 'regular', 'score': nodes.score.output } }}" }),
    ],
    [edge("start", "score"), edge("score", "check"), edge("check", "vip", "true"), edge("check", "regular", "false")],
  );

/**
 * The flow as it is ("instant": quick steps only, so the webhook's process runs it and commits it
 * whole), or with a retry policy on its output step, which sends it through the queue and a
 * worker like any flow that calls out.
 */
function onPath(path: "instant" | "queued", g: TWorkflowGraph): TWorkflowGraph {
  if (path === "instant") return g;
  return {
    ...g,
    nodes: g.nodes.map((n) =>
      n.type === "output" ? { ...n, retry: { attempts: 2, backoffMs: 50, maxBackoffMs: 50 } } : n,
    ),
  };
}

describe("webhook trigger", () => {
  describe.each(["instant", "queued"] as const)("a flow run %s", (path) => {
    it("answers 202 with the run id at once; the run gets { body, query, headers } as its input", async () => {
      const target = await hook(onPath(path, echoFlow()));
      const res = await post(target, {
        body: JSON.stringify({ name: "Ada" }),
        query: "?source=crm&page=2",
        headers: { "content-type": "application/json", "user-agent": "hook-tester/1.0", "x-api-token": "kept out" },
      });
      expect(res.status).toBe(202);
      expect(res.headers.get("idempotent-replayed")).toBeNull();
      const answer = await json(res);
      // An instant run is over before the answer; a queued one has only just been handed to a worker.
      expect(answer).toMatchObject({ status: path === "instant" ? "succeeded" : "queued", duplicate: false });
      expect(answer.runId).toEqual(expect.any(String));

      const run = await settled(answer.runId!);
      expect(run).toMatchObject({ status: "succeeded", trigger: "webhook", versionNumber: 1, output: "hello Ada" });
      // Only harmless headers reach the run: tokens sent to the webhook are not stored with it.
      expect(run.input).toEqual({
        body: { name: "Ada" },
        query: { source: "crm", page: "2" },
        headers: { "content-type": "application/json", "user-agent": "hook-tester/1.0" },
      });
    });

    it("takes a plain-text body as text", async () => {
      const target = await hook(
        onPath(
          path,
          graph([webhook(), node("result", "output", { value: "{{ input.body }}" })], [edge("start", "result")]),
        ),
      );
      const res = await post(target, { body: "just words", headers: { "content-type": "text/plain" } });
      expect(res.status).toBe(202);
      const run = await settled((await json(res)).runId!);
      expect(run).toMatchObject({ status: "succeeded", output: "just words" });
    });

    it("answers 200 with the output node's value when the trigger waits for the output", async () => {
      const target = await hook(onPath(path, scoreFlow()));
      const big = await post(target, { body: JSON.stringify({ spend: 80 }) });
      expect(big.status).toBe(200);
      const answer = await json(big);
      expect(answer).toMatchObject({ status: "succeeded", output: { tier: "vip", score: 160 }, duplicate: false });
      // The answer came once the run was over, not before.
      expect((await caller.workflows.runDetail({ id: answer.runId! })).status).toBe("succeeded");

      const small = await post(target, { body: JSON.stringify({ spend: 10 }) });
      expect(small.status).toBe(200);
      expect(await json(small)).toMatchObject({ output: { tier: "regular", score: 20 } });
    });

    it("answers 500 with the error when the run it waited for failed", async () => {
      const target = await hook(
        onPath(
          path,
          graph(
            [
              webhook({ respond: "with_output", waitSeconds: 10 }),
              node("boom", "transform", { expression: "$error('no such customer')" }),
              node("result", "output", { value: "never" }),
            ],
            [edge("start", "boom"), edge("boom", "result")],
          ),
        ),
      );
      const res = await post(target);
      expect(res.status).toBe(500);
      const answer = await json(res);
      expect(answer).toMatchObject({ status: "failed" });
      expect(answer.error).toMatch(/no such customer/);
    });

    it("dedupes by Idempotency-Key: a repeat starts nothing and answers with the first run", async () => {
      const target = await hook(onPath(path, echoFlow()));
      const send = (key: string, name: string) =>
        post(target, {
          body: JSON.stringify({ name }),
          headers: { "content-type": "application/json", "idempotency-key": key },
        });
      const first = await send("order-1001", "first");
      expect(first.status).toBe(202);
      expect(first.headers.get("idempotent-replayed")).toBeNull();
      const { runId } = await json(first);

      const again = await send("order-1001", "second");
      expect(again.status).toBe(202);
      expect(again.headers.get("idempotent-replayed")).toBe("true");
      expect(await json(again)).toMatchObject({ runId, duplicate: true });

      const other = await send("order-1002", "other");
      expect(other.headers.get("idempotent-replayed")).toBeNull();
      expect((await json(other)).runId).not.toBe(runId);

      expect((await settled(runId!)).output).toBe("hello first");
      expect(await runsOf(target.workflowId)).toBe(2);
    });

    it("dedupes an Idempotency-Key sent several times at once: one run, every answer names it", async () => {
      const target = await hook(onPath(path, echoFlow()));
      const answers = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          post(target, {
            body: JSON.stringify({ name: `try ${i}` }),
            headers: { "content-type": "application/json", "idempotency-key": "burst-7" },
          }),
        ),
      );
      expect(answers.map((res) => res.status)).toEqual(Array.from({ length: 6 }, () => 202));
      const bodies = await Promise.all(answers.map(json));
      expect(new Set(bodies.map((body) => body.runId)).size).toBe(1);
      expect(answers.filter((res) => res.headers.get("idempotent-replayed") === "true")).toHaveLength(5);
      expect(await runsOf(target.workflowId)).toBe(1);
      expect((await settled(bodies[0]!.runId!)).status).toBe("succeeded");
    });

    it("replays a waited-for answer by Idempotency-Key with the same run and output", async () => {
      const target = await hook(onPath(path, scoreFlow()));
      const send = () =>
        post(target, {
          body: JSON.stringify({ spend: 90 }),
          headers: { "content-type": "application/json", "idempotency-key": "score-90" },
        });
      const first = await json(await send());
      const again = await send();
      expect(again.status).toBe(200);
      expect(again.headers.get("idempotent-replayed")).toBe("true");
      expect(await json(again)).toEqual({ ...first, duplicate: true });
      expect(await runsOf(target.workflowId)).toBe(1);
    });
  });

  it("answers 202 with the run id when the run outlasts waitSeconds; polling shows the output later", async () => {
    const target = await hook(
      graph(
        [
          webhook({ respond: "with_output", waitSeconds: 1 }),
          node("wait", "delay", { durationSeconds: 3 }),
          node("result", "output", { value: "{{ 'late for ' & input.body.who }}" }),
        ],
        [edge("start", "wait"), edge("wait", "result")],
      ),
    );
    const sent = Date.now();
    const res = await post(target, { body: JSON.stringify({ who: "Grace" }) });
    const waited = Date.now() - sent;
    expect(res.status).toBe(202);
    expect(waited).toBeGreaterThanOrEqual(1_000);
    expect(waited).toBeLessThan(2_900);
    const { runId } = await json(res);
    expect(runId).toEqual(expect.any(String));

    const early = await poll(target, runId!);
    expect(early.status).toBe(200);
    expect(await json(early)).toMatchObject({ runId, status: "waiting", output: null });

    const deadline = Date.now() + 15_000;
    let last: Json = {};
    while (Date.now() < deadline) {
      last = await json(await poll(target, runId!));
      if (last.status === "succeeded") break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(last).toEqual({ runId, status: "succeeded", output: "late for Grace", error: null });
  });

  it("refuses an Idempotency-Key over 200 characters", async () => {
    const target = await hook(echoFlow());
    const res = await post(target, {
      headers: { "content-type": "application/json", "idempotency-key": "k".repeat(201) },
    });
    expect(res.status).toBe(400);
    expect((await json(res)).error?.message).toMatch(/Idempotency-Key/);
    expect(await runsOf(target.workflowId)).toBe(0);
  });

  it("checks the HMAC-SHA256 signature when the trigger asks for one", async () => {
    const target = await hook(echoFlow({ signature: "hmac_sha256" }));
    const signing = await caller.workflows.webhookSigning({ id: target.workflowId });
    const body = JSON.stringify({ name: "Signed" });
    const sign = (key: string, text: string) => createHmac("sha256", key).update(text).digest("hex");
    const send = (signature?: string) =>
      post(target, {
        body,
        headers: { "content-type": "application/json", ...(signature && { [signing.header]: signature }) },
      });

    for (const signature of [
      undefined,
      `sha256=${sign("some other key", body)}`,
      `sha256=${sign(signing.key, `${body} `)}`,
      "sha256=not-hex",
    ]) {
      const res = await send(signature);
      expect(res.status).toBe(401);
      expect((await json(res)).error?.message).toBe(
        "The X-Signature-256 header is missing or does not match the body's HMAC-SHA256 signature.",
      );
    }
    expect(await runsOf(target.workflowId)).toBe(0);

    const res = await send(`sha256=${sign(signing.key, body)}`);
    expect(res.status).toBe(202);
    expect((await settled((await json(res)).runId!)).output).toBe("hello Signed");
    // The bare hex digest is taken too.
    expect((await send(sign(signing.key, body))).status).toBe(202);
  });

  it("reads the signature from the header the trigger names", async () => {
    const target = await hook(echoFlow({ signature: "hmac_sha256", signatureHeader: "X-Hub-Signature" }));
    const { key } = await caller.workflows.webhookSigning({ id: target.workflowId });
    const body = JSON.stringify({ name: "Hub" });
    const signature = `sha256=${createHmac("sha256", key).update(body).digest("hex")}`;
    const wrongHeader = await post(target, {
      body,
      headers: { "content-type": "application/json", "x-signature-256": signature },
    });
    expect(wrongHeader.status).toBe(401);
    expect((await json(wrongHeader)).error?.message).toMatch(/^The X-Hub-Signature header is missing/);
    const right = await post(target, {
      body,
      headers: { "content-type": "application/json", "x-hub-signature": signature },
    });
    expect(right.status).toBe(202);
  });

  it("refuses a wrong secret or an unknown workflow with 404, starting nothing", async () => {
    const target = await hook(echoFlow());
    for (const wrong of [
      { ...target, secret: `${target.secret.slice(0, -1)}${target.secret.endsWith("A") ? "B" : "A"}` },
      { ...target, secret: "short" },
      { ...target, secret: "" },
      { workflowId: "clnotaworkflow000000000000", secret: target.secret },
      { workflowId: "not a cuid; DROP TABLE workflows", secret: target.secret },
    ]) {
      const res = await post(wrong);
      expect(res.status).toBe(404);
      expect((await json(res)).error?.message).toMatch(/No webhook at this address/);
      expect((await poll(wrong, "anything")).status).toBe(404);
    }
    expect(await runsOf(target.workflowId)).toBe(0);
  });

  it("follows a publish, a rollback by hand and an archive at once, though its address is cached", async () => {
    expect(await configCacheReady()).toBe(true);
    const target = await hook(echoFlow({ respond: "with_output", waitSeconds: 10 }));
    const call = async () => json(await post(target, { body: JSON.stringify({ name: "Ada" }) }));
    expect(await call()).toMatchObject({ status: "succeeded", output: "hello Ada" });
    expect(await call()).toMatchObject({ output: "hello Ada" });

    // Published in this process: the next call runs version 2.
    const draft = await caller.workflows.get({ id: target.workflowId });
    const v2 = graph(
      [
        webhook({ respond: "with_output", waitSeconds: 10 }),
        node("result", "output", { value: "{{ 'goodbye ' & input.body.name }}" }),
      ],
      [edge("start", "result")],
    );
    const saved = await caller.workflows.saveDraft({
      id: target.workflowId,
      graph: v2,
      baseRevision: draft.draftRevision,
    });
    await caller.workflows.publish({ id: target.workflowId, baseRevision: saved.revision });
    expect(await call()).toMatchObject({ output: "goodbye Ada" });

    // Changed by another connection (another process, or SQL by hand): heard within a notification.
    await adminSql("UPDATE workflows SET published_version = 1 WHERE id = $1", [target.workflowId]);
    await eventually("version 1 again", async () => ((await call()).output === "hello Ada" ? true : undefined));

    await caller.workflows.archive({ id: target.workflowId });
    expect((await post(target)).status).toBe(404);
  });

  it("refuses an archived workflow's webhook with 404", async () => {
    const target = await hook(echoFlow());
    await caller.workflows.archive({ id: target.workflowId });
    expect((await post(target)).status).toBe(404);
  });

  it("answers 412 for a workflow not published yet, or whose published version starts otherwise", async () => {
    const draftOnly = await hook(echoFlow(), { publish: false });
    const unpublished = await post(draftOnly);
    expect(unpublished.status).toBe(412);
    expect((await json(unpublished)).error?.message).toMatch(/not published yet/);

    const manual = await hook(graph([start(), node("result", "output", { value: "x" })], [edge("start", "result")]));
    const notWebhook = await post(manual);
    expect(notWebhook.status).toBe(412);
    expect((await json(notWebhook)).error?.message).toMatch(/does not start from a webhook/);

    // The published version counts, not the draft: a webhook drawn in the draft is not live yet.
    const workflow = await caller.workflows.get({ id: manual.workflowId });
    await caller.workflows.saveDraft({
      id: manual.workflowId,
      graph: echoFlow(),
      baseRevision: workflow.draftRevision,
    });
    expect((await post(manual)).status).toBe(412);
    expect(await runsOf(draftOnly.workflowId)).toBe(0);
    expect(await runsOf(manual.workflowId)).toBe(0);
  });

  it("refuses a body over 1 MB with 413, whether or not Content-Length says so", async () => {
    const target = await hook(echoFlow());
    const big = JSON.stringify({ name: "x".repeat(MAX_WEBHOOK_BODY_BYTES) });
    const declared = await post(target, {
      body: big,
      headers: { "content-type": "application/json", "content-length": String(big.length) },
    });
    expect(declared.status).toBe(413);
    expect((await json(declared)).error?.message).toMatch(/at most 1 MB/);

    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const streamed = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_WEBHOOK_BODY_BYTES + chunk.length) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const res = await post(target, { body: streamed, headers: { "content-type": "text/plain" } });
    expect(res.status).toBe(413);
    expect(await runsOf(target.workflowId)).toBe(0);

    // Exactly 1 MB is taken.
    const limit = `"${"y".repeat(MAX_WEBHOOK_BODY_BYTES - 2)}"`;
    expect((await post(target, { body: limit })).status).toBe(202);
  });

  it("refuses a body that claims to be JSON but is not, with 400", async () => {
    const target = await hook(echoFlow());
    const res = await post(target, { body: '{"name": "Ada",' });
    expect(res.status).toBe(400);
    expect((await json(res)).error?.message).toMatch(/not valid JSON/);
    expect(await runsOf(target.workflowId)).toBe(0);
  });

  it("keeps agencies apart: another agency's secret or run never works with this workflow", async () => {
    const mine = await hook(echoFlow());
    const sibling = await hook(echoFlow());
    const otherCaller = ownerCaller(await createAgency());
    const theirs = await hook(echoFlow(), { as: otherCaller });

    for (const crossed of [
      { workflowId: mine.workflowId, secret: theirs.secret },
      { workflowId: theirs.workflowId, secret: mine.secret },
    ]) {
      const res = await post(crossed);
      expect(res.status).toBe(404);
      expect((await json(res)).error?.message).toMatch(/No webhook at this address/);
    }
    expect(await runsOf(mine.workflowId)).toBe(0);
    expect(await runsOf(theirs.workflowId)).toBe(0);

    const myRun = (await json(await post(mine, { body: JSON.stringify({ name: "mine" }) }))).runId!;
    const theirRun = (await json(await post(theirs, { body: JSON.stringify({ name: "theirs" }) }))).runId!;
    await settled(myRun);
    await settled(theirRun, otherCaller);
    expect((await poll(mine, myRun)).status).toBe(200);
    for (const [target, runId] of [
      [theirs, myRun],
      [mine, theirRun],
      [sibling, myRun],
    ] as const) {
      const res = await poll(target, runId);
      expect(res.status).toBe(404);
      expect((await json(res)).error?.message).toBe("No run of this webhook has that id.");
    }

    // A run of the same workflow that a person started is not the webhook caller's to read.
    const manualRun = await caller.workflows.run({ workflowId: mine.workflowId, input: { body: { name: "x" } } });
    expect((await poll(mine, manualRun.id)).status).toBe(404);
  });
});
