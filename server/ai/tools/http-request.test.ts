import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appError } from "@/test/factories";
import { createHttpRequestTool, httpRequest, MAX_BODY_CHARS } from "./http-request";
import type { ToolContext } from "./types";

const ctx: ToolContext = {
  organizationId: "org_test",
  actor: { userId: null, label: "test", ip: null, userAgent: null },
  agentId: null,
};
// Loopback is let through for this local server only; the real tool refuses it.
const local = createHttpRequestTool({ allowAddress: (ip) => ip === "127.0.0.1" });
const run = (tool: typeof httpRequest, input: Record<string, unknown>) =>
  tool.execute(ctx, tool.inputSchema.parse(input), {});

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      if (req.url === "/page")
        res
          .writeHead(200, { "content-type": "text/html; charset=utf-8", "set-cookie": "s=1", etag: '"v1"' })
          .end("<h1>Hi</h1>");
      else if (req.url === "/echo")
        res
          .writeHead(201, { "content-type": "application/json" })
          .end(JSON.stringify({ type: req.headers["content-type"], body: Buffer.concat(chunks).toString() }));
      else if (req.url === "/image") res.writeHead(200, { "content-type": "image/png" }).end(Buffer.alloc(64, 1));
      else if (req.url === "/long")
        res.writeHead(200, { "content-type": "text/plain" }).end("x".repeat(MAX_BODY_CHARS + 10));
      else res.writeHead(404, { "content-type": "text/plain" }).end("missing");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("http.request", () => {
  it("returns the status, a subset of headers and the text body", async () => {
    expect(await run(local, { url: `${base}/page` })).toEqual({
      url: `${base}/page`,
      status: 200,
      statusText: "OK",
      headers: { "content-type": "text/html; charset=utf-8", etag: '"v1"' },
      body: "<h1>Hi</h1>",
      truncated: false,
    });
    expect(await run(local, { url: `${base}/gone` })).toMatchObject({ status: 404, body: "missing" });
  });

  it("POSTs JSON or text", async () => {
    const json = await run(local, { url: `${base}/echo`, method: "POST", json: { name: "Ana" } });
    expect(json).toMatchObject({ status: 201 });
    expect(JSON.parse((json as { body: string }).body)).toEqual({ type: "application/json", body: '{"name":"Ana"}' });
    const text = await run(local, {
      url: `${base}/echo`,
      method: "POST",
      body: "a=1",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(JSON.parse((text as { body: string }).body)).toEqual({
      type: "application/x-www-form-urlencoded",
      body: "a=1",
    });
  });

  it("cuts long bodies and does not show binary ones", async () => {
    const long = (await run(local, { url: `${base}/long` })) as { body: string; truncated: boolean };
    expect(long.body).toHaveLength(MAX_BODY_CHARS);
    expect(long.truncated).toBe(true);
    expect(await run(local, { url: `${base}/image` })).toMatchObject({
      body: null,
      note: "A binary body of 64 bytes is not shown.",
      truncated: false,
    });
  });

  it("refuses internal addresses and malformed requests", async () => {
    expect((await appError(run(httpRequest, { url: `${base}/page` }))).message).toBe(
      "Refused: 127.0.0.1 is a loopback address.",
    );
    expect((await appError(run(httpRequest, { url: "http://169.254.169.254/latest/meta-data/" }))).message).toMatch(
      /^Refused: 169\.254\.169\.254 is a link-local address/,
    );
    const parse = (input: Record<string, unknown>) => httpRequest.inputSchema.safeParse(input).success;
    expect(parse({ url: "ftp://example.com/" })).toBe(false);
    expect(parse({ url: "https://example.com/", body: "x" })).toBe(false);
    expect(parse({ url: "https://example.com/", method: "POST", body: "x", json: {} })).toBe(false);
    expect(parse({ url: "https://example.com/", method: "POST", json: [1, 2] })).toBe(true);
  });
});
