import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appError } from "@/test/factories";
import { classifyAddress, safeFetch, SafeFetchError, type SafeFetchLimits } from "./safe-fetch";

async function refusal(call: Promise<unknown>): Promise<SafeFetchError> {
  const error = await appError(call);
  if (error instanceof SafeFetchError) return error;
  throw error;
}

describe("classifyAddress", () => {
  it("finds public addresses public, without connecting", () => {
    for (const ip of ["8.8.8.8", "1.1.1.1", "93.184.216.34", "172.32.0.1", "100.128.0.1", "2606:4700::1111"]) {
      expect(classifyAddress(ip), ip).toBe("public");
    }
    expect(classifyAddress("2001:4860:4860::8888")).toBe("public");
    expect(classifyAddress("::ffff:8.8.8.8")).toBe("public");
  });

  it("names every internal kind, including IPv4 inside IPv6", () => {
    const cases: Record<string, string> = {
      "127.0.0.1": "loopback",
      "127.255.255.254": "loopback",
      "10.0.0.5": "private",
      "172.16.0.1": "private",
      "172.31.255.255": "private",
      "192.168.1.1": "private",
      "169.254.169.254": "link-local",
      "100.64.0.1": "shared",
      "100.127.255.255": "shared",
      "0.0.0.0": "unspecified",
      "224.0.0.1": "multicast",
      "255.255.255.255": "broadcast",
      "240.0.0.1": "reserved",
      "192.0.2.10": "reserved",
      "::1": "loopback",
      "::": "unspecified",
      "fc00::1": "private",
      "fd12:3456::1": "private",
      "fe80::1": "link-local",
      "fe80::1%eth0": "link-local",
      "ff02::1": "multicast",
      "::ffff:127.0.0.1": "loopback",
      "::ffff:7f00:1": "loopback",
      "::ffff:10.0.0.1": "private",
      "::ffff:169.254.169.254": "link-local",
      "::127.0.0.1": "loopback",
      "64:ff9b::a00:1": "private",
      "2002:7f00:1::": "loopback",
      "2001:db8::1": "reserved",
      "3fff::1": "public",
      "4000::1": "reserved",
    };
    for (const [ip, kind] of Object.entries(cases)) expect(classifyAddress(ip), ip).toBe(kind);
    expect(() => classifyAddress("example.com")).toThrow(/not an IP address/);
  });
});

describe("safeFetch refusals (nothing is connected to)", () => {
  it.each([
    ["http://127.0.0.1/", "Refused: 127.0.0.1 is a loopback address."],
    ["http://10.0.0.5:8080/admin", "Refused: 10.0.0.5 is a private address."],
    [
      "http://169.254.169.254/latest/meta-data/",
      "Refused: 169.254.169.254 is a link-local address (the cloud metadata service).",
    ],
    ["http://[::1]/", "Refused: ::1 is a loopback address."],
    ["http://[::ffff:127.0.0.1]/", "Refused: ::ffff:7f00:1 is a loopback address."],
    ["http://2130706433/", "Refused: 127.0.0.1 is a loopback address."],
    ["http://0x7f.1/", "Refused: 127.0.0.1 is a loopback address."],
    ["http://100.64.1.1/", "Refused: 100.64.1.1 is a shared (carrier-grade NAT) address."],
    ["http://0.0.0.0/", "Refused: 0.0.0.0 is an unspecified address."],
  ])("%s", async (url, message) => {
    const error = await refusal(safeFetch(url));
    expect(error.message).toBe(message);
    expect(error.reason).toBe("refused");
  });

  it("refuses a name that resolves to loopback (localhost)", async () => {
    const error = await refusal(safeFetch("http://localhost:1/"));
    expect(error.message).toMatch(/^Refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address\.$/);
  });

  it("refuses a name if any one of its addresses is internal", async () => {
    const resolve = async () => [
      { address: "8.8.8.8", family: 4 },
      { address: "10.1.2.3", family: 4 },
    ];
    const error = await refusal(safeFetch("https://mixed.test/", {}, { resolve }));
    expect(error.message).toBe("Refused: mixed.test resolves to 10.1.2.3, a private address.");
  });

  it("refuses other schemes, bad addresses, reserved headers and oversized bodies", async () => {
    expect((await refusal(safeFetch("file:///etc/passwd"))).message).toBe(
      "Refused: only http and https addresses can be fetched, not file:.",
    );
    expect((await refusal(safeFetch("ftp://example.com/"))).reason).toBe("refused");
    expect((await refusal(safeFetch("not a url"))).reason).toBe("invalid_url");
    expect((await refusal(safeFetch("https://example.com/", { headers: { Host: "internal" } }))).message).toBe(
      "Refused: the Host header is set by the client and cannot be chosen.",
    );
    const big = await refusal(
      safeFetch("https://example.com/", { method: "POST", body: "x".repeat(2000) }, { maxRequestBytes: 1000 }),
    );
    expect(big).toMatchObject({
      reason: "request_too_large",
      message: "The request body is 2000 bytes; at most 1000 are allowed.",
    });
  });
});

describe("safeFetch against a local server (loopback allowed for the test only)", () => {
  let server: Server;
  let base: string;
  const sockets = new Set<Socket>();
  const requests: IncomingMessage[] = [];
  const LOCAL: SafeFetchLimits = { allowAddress: (ip) => ip === "127.0.0.1" };

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse, body: string) => void> = {
    "/hello": (_req, res) => res.writeHead(200, { "content-type": "text/plain", "x-test": "yes" }).end("hello"),
    "/echo": (req, res, body) =>
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ method: req.method, body })),
    "/to-hello": (_req, res) => res.writeHead(302, { location: "/hello" }).end(),
    "/see-other": (_req, res) => res.writeHead(303, { location: "/echo" }).end(),
    "/to-private": (_req, res) => res.writeHead(302, { location: "http://10.0.0.5/secret" }).end(),
    "/to-metadata": (_req, res) => res.writeHead(307, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
    "/to-file": (_req, res) => res.writeHead(302, { location: "file:///etc/passwd" }).end(),
    "/loop": (_req, res) => res.writeHead(302, { location: "/loop" }).end(),
    "/big": (_req, res) => res.writeHead(200, { "content-type": "text/plain" }).end("a".repeat(2_000_000)),
    "/bomb": (_req, res) =>
      res
        .writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" })
        .end(gzipSync(Buffer.alloc(20_000_000, 97))),
    "/silent": () => {
      // Never answers: the client's deadline has to end it.
    },
    "/stall": (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("first part");
    },
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req);
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const route = routes[new URL(req.url ?? "/", "http://x").pathname];
        if (route) route(req, res, Buffer.concat(chunks).toString());
        else res.writeHead(404).end("not found");
      });
    });
    server.on("connection", (socket) => {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  it("is refused without the test allowance", async () => {
    expect((await refusal(safeFetch(`${base}/hello`))).message).toBe("Refused: 127.0.0.1 is a loopback address.");
  });

  it("fetches, with status, headers and body", async () => {
    const response = await safeFetch(`${base}/hello`, {}, LOCAL);
    expect(response).toMatchObject({ status: 200, statusText: "OK", truncated: false, redirects: 0 });
    expect(response.body.toString()).toBe("hello");
    expect(response.headers.get("x-test")).toBe("yes");
  });

  it("POSTs a body", async () => {
    const response = await safeFetch(`${base}/echo`, { method: "POST", body: "ping" }, LOCAL);
    expect(JSON.parse(response.body.toString())).toEqual({ method: "POST", body: "ping" });
  });

  it("connects to the address it checked, not to a new DNS answer", async () => {
    const port = (server.address() as AddressInfo).port;
    // `pinned.test` exists in no DNS: the request can only land if the checked answer is used.
    const resolve = async () => [{ address: "127.0.0.1", family: 4 }];
    const response = await safeFetch(`http://pinned.test:${port}/hello`, {}, { ...LOCAL, resolve });
    expect(response.body.toString()).toBe("hello");
    expect(requests.at(-1)?.headers.host).toBe(`pinned.test:${port}`);
  });

  it("follows a redirect, and turns a POST into a GET on 303", async () => {
    const hop = await safeFetch(`${base}/to-hello`, {}, LOCAL);
    expect(hop).toMatchObject({ status: 200, redirects: 1, url: `${base}/hello` });
    const seeOther = await safeFetch(`${base}/see-other`, { method: "POST", body: "x" }, LOCAL);
    expect(JSON.parse(seeOther.body.toString())).toEqual({ method: "GET", body: "" });
  });

  it("re-checks every redirect hop: a public-looking start cannot lead inside", async () => {
    expect((await refusal(safeFetch(`${base}/to-private`, {}, LOCAL))).message).toBe(
      "Refused: 10.0.0.5 is a private address.",
    );
    expect((await refusal(safeFetch(`${base}/to-metadata`, {}, LOCAL))).message).toBe(
      "Refused: 169.254.169.254 is a link-local address (the cloud metadata service).",
    );
    expect((await refusal(safeFetch(`${base}/to-file`, {}, LOCAL))).reason).toBe("refused");
  });

  it("stops after the redirect limit", async () => {
    const error = await refusal(safeFetch(`${base}/loop`, {}, LOCAL));
    expect(error).toMatchObject({ reason: "too_many_redirects", message: "Too many redirects: stopped after 3." });
  });

  it("cuts a long body at the limit and says so, compressed or not", async () => {
    const big = await safeFetch(`${base}/big`, {}, { ...LOCAL, maxResponseBytes: 1000 });
    expect(big.body.length).toBe(1000);
    expect(big.truncated).toBe(true);
    const bomb = await safeFetch(`${base}/bomb`, {}, { ...LOCAL, maxResponseBytes: 5000 });
    expect(bomb.body).toEqual(Buffer.alloc(5000, 97));
    expect(bomb.truncated).toBe(true);
  });

  it("gives up at the deadline, before or during the body", async () => {
    const started = Date.now();
    const silent = await refusal(safeFetch(`${base}/silent`, {}, { ...LOCAL, timeoutMs: 200 }));
    expect(silent).toMatchObject({ reason: "timeout" });
    expect(silent.message).toBe(
      `No complete answer from 127.0.0.1:${new URL(base).port} within 0.2 s; the request was stopped.`,
    );
    const stall = await refusal(safeFetch(`${base}/stall`, {}, { ...LOCAL, timeoutMs: 200 }));
    expect(stall.reason).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("stops when the caller aborts", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await refusal(safeFetch(`${base}/silent`, { signal: controller.signal }, LOCAL));
    expect(error).toMatchObject({ reason: "aborted", message: "The request was cancelled." });
  });
});
