import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { edge, graph, node, start } from "@/lib/workflow/fixtures";
import type { TWorkflowGraph } from "@/lib/workflow/graph";
import {
  adminSql,
  appError,
  closeConnections,
  createAgency,
  ownerAccess,
  ownerCaller,
  type Caller,
  type TestAgency,
} from "@/test/factories";
import { publishWorkflow, startTestWorker, waitForRun, type RunDetail } from "@/test/workflow-worker";
import type { WorkflowWorker } from "../../workflow/worker";
import { openRunEventStream } from "./run-events";

let agency: TestAgency;
let caller: Caller;
let worker: WorkflowWorker;

beforeAll(async () => {
  agency = await createAgency();
  caller = ownerCaller(agency);
  worker = await startTestWorker("run-events-test");
});

afterAll(async () => {
  await worker.stop();
  await closeConnections();
});

const published = (g: TWorkflowGraph) => publishWorkflow(caller, g, "Events test");

const settled = (runId: string, until?: (run: RunDetail) => boolean) => waitForRun(caller, runId, until);

type Frame = { id: string | null; event: string; data: Record<string, unknown> };

/** Reads a server-sent event stream frame by frame; `next()` is null once the server closed it. */
function sse(response: Response) {
  expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let ended = false;
  let reading: Promise<ReadableStreamReadResult<string>> | null = null;
  const parse = (block: string): Frame | null => {
    const frame: Frame = { id: null, event: "message", data: {} };
    let data: string | null = null;
    for (const line of block.split("\n")) {
      if (line.startsWith(":")) continue;
      const [field, ...rest] = line.split(": ");
      const value = rest.join(": ");
      if (field === "id") frame.id = value;
      else if (field === "event") frame.event = value;
      else if (field === "data") data = value;
      else throw new Error(`unexpected SSE line: ${line}`);
    }
    if (data === null) return null; // a keep-alive comment
    frame.data = JSON.parse(data) as Record<string, unknown>;
    return frame;
  };
  async function next(timeoutMs = 10_000): Promise<Frame | null> {
    for (;;) {
      const at = buffer.indexOf("\n\n");
      if (at >= 0) {
        const block = buffer.slice(0, at);
        buffer = buffer.slice(at + 2);
        const frame = parse(block);
        if (frame) return frame;
        continue;
      }
      if (ended) {
        expect(buffer).toBe("");
        return null;
      }
      // A read outlives a timeout: the next call waits on the same one, so no chunk is lost.
      reading ??= reader.read();
      let timer: NodeJS.Timeout | undefined;
      const chunk = await Promise.race([
        reading,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]).finally(() => clearTimeout(timer));
      reading = null;
      if (chunk.done) ended = true;
      else buffer += chunk.value;
    }
  }
  /** Frames up to and including the first that matches. */
  async function until(match: (frame: Frame) => boolean): Promise<Frame[]> {
    const frames: Frame[] = [];
    for (;;) {
      const frame = await next();
      if (!frame) throw new Error(`the stream ended before the frame looked for; got ${JSON.stringify(frames)}`);
      frames.push(frame);
      if (match(frame)) return frames;
    }
  }
  /** Every frame until the server closes the stream. */
  async function rest(): Promise<Frame[]> {
    const frames: Frame[] = [];
    for (let frame = await next(); frame; frame = await next()) frames.push(frame);
    return frames;
  }
  return { next, until, rest };
}

const storedEvents = (runId: string) =>
  adminSql<{ id: string; type: string; data: Record<string, unknown> }>(
    "SELECT id::text AS id, type, data FROM workflow_events WHERE run_id = $1 ORDER BY workflow_events.id",
    [runId],
  );

const withoutTime = ({ at, ...data }: Record<string, unknown>) => {
  expect(typeof at).toBe("string");
  return data;
};

const quickFlow = () =>
  graph(
    [
      start(),
      node("double", "transform", { expression: "input.n * 2" }),
      node("result", "output", { value: "{{ nodes.double.output }}" }),
    ],
    [edge("start", "double"), edge("double", "result")],
  );

describe("run events over SSE", () => {
  it("replays a finished run's stored events in order, with their ids, and closes after run.succeeded", async () => {
    const workflowId = await published(quickFlow());
    const { id } = await caller.workflows.run({ workflowId, input: { n: 21 } });
    expect((await settled(id)).output).toBe(42);
    const stored = await storedEvents(id);
    expect(stored.map((event) => event.type)).toEqual([
      "run.started",
      ...Array.from({ length: 3 }, () => ["step.started", "step.finished"]).flat(),
      "run.succeeded",
    ]);

    const frames = await sse(
      await openRunEventStream(ownerAccess(agency), id, null, new AbortController().signal),
    ).rest();
    expect(frames.map(({ id: eventId, event }) => ({ id: eventId, event }))).toEqual(
      stored.map((event) => ({ id: event.id, event: event.type })),
    );
    expect(frames.map((frame) => withoutTime(frame.data))).toEqual(stored.map((event) => event.data));
    expect(frames[1]!.data).toMatchObject({ nodeId: "start", iteration: "", attempt: 1, resumed: false });
  });

  it("resumes after Last-Event-ID: only later events come", async () => {
    const workflowId = await published(quickFlow());
    const { id } = await caller.workflows.run({ workflowId, input: { n: 1 } });
    await settled(id);
    const stored = await storedEvents(id);
    const third = stored[2]!.id;
    const frames = await sse(
      await openRunEventStream(ownerAccess(agency), id, third, new AbortController().signal),
    ).rest();
    expect(frames.map((frame) => frame.id)).toEqual(stored.slice(3).map((event) => event.id));
    expect(frames.at(-1)!.event).toBe("run.succeeded");
  });

  it("closes at once for a viewer that reconnects after the run's last event", async () => {
    const workflowId = await published(quickFlow());
    const { id } = await caller.workflows.run({ workflowId, input: { n: 1 } });
    await settled(id);
    const last = (await storedEvents(id)).at(-1)!;
    expect(last.type).toBe("run.succeeded");
    const stream = sse(await openRunEventStream(ownerAccess(agency), id, last.id, new AbortController().signal));
    expect(await stream.next(3_000)).toBeNull();
  });

  it("sends a long history whole, past one page of stored events", async () => {
    const workflowId = await published(
      graph(
        [start(), node("review", "approval", { message: "Go?" }), node("result", "output", { value: "done" })],
        [edge("start", "review"), edge("review", "result", "approved")],
      ),
    );
    const { id } = await caller.workflows.run({ workflowId, input: {} });
    await settled(id, (run) => run.status === "waiting");
    // A long run's history, arranged behind the app's back: more events than one read returns.
    await adminSql(
      `INSERT INTO workflow_events (organization_id, run_id, type, data)
       SELECT $1, $2, 'step.started', jsonb_build_object('nodeId', 'filler', 'n', n) FROM generate_series(1, 1500) n`,
      [agency.organizationId, id],
    );
    await caller.workflows.decide({ runId: id, nodeId: "review", approve: true });
    await settled(id);
    const stored = await storedEvents(id);
    expect(stored.length).toBeGreaterThan(1500);
    const frames = await sse(
      await openRunEventStream(ownerAccess(agency), id, null, new AbortController().signal),
    ).rest();
    expect(frames.map((frame) => frame.id)).toEqual(stored.map((event) => event.id));
    expect(frames.at(-1)!.event).toBe("run.succeeded");
  });

  it("streams a live run as it happens: the approval wait, the decision, model tokens, the end", async () => {
    const workflowId = await published(
      graph(
        [
          start(),
          node("review", "approval", { message: "Write copy for {{ input.product }}?" }),
          node("answer", "llm", { prompt: "Write a short tagline for {{ input.product }}, a cold brew coffee." }),
          node("result", "output", { value: "{{ nodes.answer.output }}" }),
        ],
        [edge("start", "review"), edge("review", "answer", "approved"), edge("answer", "result")],
      ),
    );
    const { id } = await caller.workflows.run({ workflowId, input: { product: "Bluebird" } });
    const viewer = new AbortController();
    try {
      const stream = sse(await openRunEventStream(ownerAccess(agency), id, null, viewer.signal));
      const beforeDecision = await stream.until((frame) => frame.event === "run.waiting");
      expect(beforeDecision.map((frame) => [frame.event, frame.data.nodeId ?? null])).toEqual([
        ["run.started", null],
        ["step.started", "start"],
        ["step.finished", "start"],
        ["step.started", "review"],
        ["step.waiting", "review"],
        ["run.waiting", null],
      ]);
      expect(beforeDecision[4]!.data).toMatchObject({ reason: expect.any(String) as unknown, resumeAt: null });
      // Nothing comes while the run waits.
      await expect(stream.next(500)).rejects.toThrow(/no event within/);

      await caller.workflows.decide({ runId: id, nodeId: "review", approve: true, comment: "Go ahead" });
      const frames = await stream.rest();
      const tokens = frames.filter((frame) => frame.event === "token");
      expect(tokens.length).toBeGreaterThanOrEqual(3);
      for (const token of tokens) {
        expect(token.id).toBeNull();
        expect(token.data).toEqual({ nodeId: "answer", text: expect.any(String) as unknown });
      }
      // Tokens, then the step that streamed them finishes.
      const firstToken = frames.indexOf(tokens[0]!);
      const lastToken = frames.indexOf(tokens.at(-1)!);
      const answerStarted = frames.findIndex((f) => f.event === "step.started" && f.data.nodeId === "answer");
      const answerFinished = frames.findIndex((f) => f.event === "step.finished" && f.data.nodeId === "answer");
      expect(answerStarted).toBeGreaterThanOrEqual(0);
      expect(answerStarted).toBeLessThan(firstToken);
      expect(lastToken).toBeLessThan(answerFinished);
      expect(frames.slice(firstToken, lastToken + 1).every((frame) => frame.event === "token")).toBe(true);

      expect(frames.filter((f) => f.event !== "token").map((f) => [f.event, f.data.nodeId ?? null])).toEqual([
        ["approval.decided", "review"],
        ["step.started", "review"],
        ["step.finished", "review"],
        ["step.started", "answer"],
        ["step.finished", "answer"],
        ["step.started", "result"],
        ["step.finished", "result"],
        ["run.succeeded", null],
      ]);
      expect(frames[0]!.data).toMatchObject({ handle: "approved", comment: "Go ahead" });

      const run = await caller.workflows.runDetail({ id });
      expect(run.status).toBe("succeeded");
      const answer = run.steps.find((step) => step.nodeId === "answer")!.output as string;
      expect(tokens.map((token) => token.data.text).join("")).toBe(answer);
      expect(answer).toMatch(/offline model/);
      // Stored events and the ids sent agree (tokens are not stored).
      const stored = await storedEvents(id);
      expect([...beforeDecision, ...frames].filter((f) => f.id).map((f) => f.id)).toEqual(stored.map((e) => e.id));
    } finally {
      viewer.abort();
    }
  });

  it("ends the stream when the viewer goes away", async () => {
    const workflowId = await published(
      graph(
        [start(), node("review", "approval", { message: "Go?" }), node("result", "output", { value: "done" })],
        [edge("start", "review"), edge("review", "result", "approved")],
      ),
    );
    const { id } = await caller.workflows.run({ workflowId, input: {} });
    await settled(id, (run) => run.status === "waiting");
    const viewer = new AbortController();
    const stream = sse(await openRunEventStream(ownerAccess(agency), id, null, viewer.signal));
    expect((await stream.until((frame) => frame.event === "run.waiting")).length).toBeGreaterThan(0);
    viewer.abort();
    expect(await stream.next(2_000)).toBeNull();
    await caller.workflows.cancel({ id });
  });

  it("refuses another agency's run, or a run that does not exist, before any stream opens", async () => {
    const workflowId = await published(quickFlow());
    const { id } = await caller.workflows.run({ workflowId, input: { n: 2 } });
    await settled(id);
    const other = await createAgency();
    const signal = new AbortController().signal;
    const refused = await appError(openRunEventStream(ownerAccess(other), id, null, signal));
    expect(refused.code).toBe("NOT_FOUND");
    expect(refused.message).toMatch(/run was not found/);
    expect((await appError(openRunEventStream(ownerAccess(other), id, "1", signal))).code).toBe("NOT_FOUND");
    expect(
      (await appError(openRunEventStream(ownerAccess(agency), "clnosuchrun00000000000000", null, signal))).code,
    ).toBe("NOT_FOUND");
  });

  it("refuses a malformed Last-Event-ID with a bad-request error", async () => {
    const workflowId = await published(quickFlow());
    const { id } = await caller.workflows.run({ workflowId, input: { n: 3 } });
    await settled(id);
    const signal = new AbortController().signal;
    for (const lastEventId of [
      "abc",
      "-1",
      "1e3",
      "12 ",
      "1; DROP TABLE x",
      "12345678901234567890",
      "9999999999999999999",
    ]) {
      const error = await appError(openRunEventStream(ownerAccess(agency), id, lastEventId, signal));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toBe("Last-Event-ID must be an event id from this stream.");
    }
  });
});
