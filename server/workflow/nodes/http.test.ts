import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { appError, failure } from "@/test/factories";
import { SafeFetchError } from "../../http/safe-fetch";
import { createHttpExecutor, HttpStatusError, httpExecutor } from "./http";
import { testNodeContext } from "./side-effect-test-context";

// Loopback is let through for this local server only; httpExecutor, the app's, refuses it.
const local = createHttpExecutor({ allowAddress: (ip) => ip === "127.0.0.1" });

type Seen = { method: string; url: string; headers: IncomingHttpHeaders; body: string };
let seen: Seen[] = [];
let server: Server;
let base: string;

const config = (overrides: Record<string, unknown> = {}) =>
  ({ method: "GET", url: `${base}/json`, headers: {}, ...overrides }) as Parameters<typeof local>[1];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      seen.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      if (req.url === "/json")
        res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end('{"items":[{"title":"First"}]}');
      else if (req.url === "/text") res.writeHead(200, { "content-type": "text/plain" }).end("plain words");
      else if (req.url === "/created")
        res.writeHead(201, { "content-type": "application/json" }).end('{"id":"lead_1"}');
      else if (req.url === "/stall") res.writeHead(200, { "content-type": "text/plain" }).write("partial");
      else if (req.url === "/down")
        res
          .writeHead(503, { "content-type": "application/json" })
          .end(`{"error":"maintenance","detail":"${"x".repeat(600)}"}`);
      else res.writeHead(404, { "content-type": "text/plain" }).end("no such lead");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

beforeEach(() => {
  seen = [];
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("http step", () => {
  it("fills the URL and headers in, and passes on the response with its JSON parsed", async () => {
    const ctx = testNodeContext({ scope: { input: { path: "json", token: "t0k" } } });
    const result = await local(
      ctx,
      config({ url: `${base}/{{ input.path }}`, headers: { "X-Token": "{{ input.token }}" } }),
    );
    expect(result).toEqual({
      kind: "done",
      output: {
        url: `${base}/json`,
        status: 200,
        statusText: "OK",
        headers: { "content-type": "application/json; charset=utf-8" },
        body: '{"items":[{"title":"First"}]}',
        truncated: false,
        data: { items: [{ title: "First" }] },
      },
    });
    expect(seen[0]?.headers["x-token"]).toBe("t0k");
    // Harmless on a GET, and the same key on every kind of request keeps the rule simple.
    expect(seen[0]?.headers["idempotency-key"]).toBe(ctx.idempotencyKey);
  });

  it("passes a text body on as data", async () => {
    const result = await local(testNodeContext(), config({ url: `${base}/text` }));
    expect(result).toMatchObject({ kind: "done", output: { status: 200, body: "plain words", data: "plain words" } });
  });

  it("sends the same Idempotency-Key on every attempt of a step, and another on another step", async () => {
    const step = { idempotencyKey: "run_1:create_lead:" };
    const send = (ctx = testNodeContext(step)) =>
      local(ctx, config({ method: "POST", url: `${base}/created`, body: '{"name":"{{ input.name }}"}' }));
    await send();
    await send();
    await send(testNodeContext({ idempotencyKey: "run_1:other_step:" }));
    expect(seen.map((request) => request.headers["idempotency-key"])).toEqual([
      "run_1:create_lead:",
      "run_1:create_lead:",
      "run_1:other_step:",
    ]);
    expect(seen.every((request) => request.method === "POST")).toBe(true);
  });

  it("sends text bodies as written, JSON-looking ones as JSON, and a lone expression's object as JSON", async () => {
    const ctx = testNodeContext({ scope: { input: { lead: { name: "Ana", tags: ["vip"] } } } });
    await local(ctx, config({ method: "PUT", url: `${base}/created`, body: "{{ input.lead }}" }));
    await local(ctx, config({ method: "PATCH", url: `${base}/created`, body: "name={{ input.lead.name }}" }));
    await local(
      ctx,
      config({
        method: "POST",
        url: `${base}/created`,
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "name={{ input.lead.name }}",
      }),
    );
    expect(seen.map((request) => [request.method, request.headers["content-type"], request.body])).toEqual([
      ["PUT", "application/json", '{"name":"Ana","tags":["vip"]}'],
      ["PATCH", "text/plain; charset=utf-8", "name=Ana"],
      ["POST", "application/x-www-form-urlencoded", "name=Ana"],
    ]);
  });

  it("lets an Idempotency-Key set in the config take the place of the step's", async () => {
    const ctx = testNodeContext({ scope: { input: { orderId: "order-42" } } });
    await local(ctx, config({ method: "DELETE", headers: { "Idempotency-Key": "{{ input.orderId }}" } }));
    expect(seen[0]?.headers["idempotency-key"]).toBe("order-42");
  });

  it("fails the step on a non-2xx answer with the status and an excerpt of the body", async () => {
    const error = await appError(local(testNodeContext(), config({ url: `${base}/down` })));
    expect(error).toBeInstanceOf(HttpStatusError);
    const status = error as HttpStatusError;
    expect(status.status).toBe(503);
    expect(status.message).toMatch(
      /^GET 127\.0\.0\.1:\d+\/down answered 503 Service Unavailable: \{"error":"maintenance"/,
    );
    expect(status.bodyExcerpt).toHaveLength(300);
    expect(status.response).toMatchObject({ status: 503, data: { error: "maintenance" } });

    const missing = await appError(local(testNodeContext(), config({ url: `${base}/leads/7` })));
    expect(missing.message).toMatch(/answered 404 Not Found: no such lead$/);
  });

  it("refuses 127.0.0.1 in the app's executor, before any request is made", async () => {
    const error = await failure(httpExecutor(testNodeContext(), config({ method: "POST", body: "{}" })));
    expect(error).toBeInstanceOf(SafeFetchError);
    expect((error as SafeFetchError).reason).toBe("refused");
    expect((error as Error).message).toBe("Refused: 127.0.0.1 is a loopback address.");
    expect(seen).toHaveLength(0);
  });

  it("stops a request that hangs when the step's signal is aborted", async () => {
    const ctx = testNodeContext();
    const started = performance.now();
    const pending = failure(local(ctx, config({ url: `${base}/stall` })));
    while (seen.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    ctx.abort(new DOMException("The run was cancelled.", "AbortError"));
    const error = await pending;
    expect(error).toBeInstanceOf(SafeFetchError);
    expect((error as SafeFetchError).reason).toBe("aborted");
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("refuses what cannot be sent: an empty address, a GET with a body, a header with a line break", async () => {
    const ctx = testNodeContext({ scope: { input: { evil: "a\r\nX-Injected: 1" } } });
    expect((await appError(local(ctx, config({ url: "{{ input.missing }}" })))).message).toBe(
      "The address is empty once filled in.",
    );
    expect((await appError(local(ctx, config({ body: "{}" })))).message).toMatch(/^A GET request cannot carry a body/);
    expect((await appError(local(ctx, config({ headers: { "X-Note": "{{ input.evil }}" } })))).message).toBe(
      "The X-Note header has a line break once filled in.",
    );
    expect(seen).toHaveLength(0);
  });
});
