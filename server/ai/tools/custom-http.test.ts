import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { TToolInputSchema } from "@/lib/schemas/custom-tools";
import { appError } from "@/test/factories";
import type { CustomToolDefinition } from "../../services/custom-tools/custom-tools";
import { customHttpTool } from "./custom-http";
import { MAX_BODY_CHARS } from "./http-request";
import type { ToolContext } from "./types";

const ctx: ToolContext = {
  organizationId: "org_test",
  actor: { userId: null, label: "test", ip: null, userAgent: null },
  agentId: null,
};
// Loopback is let through for this local server only; the real tool refuses it.
const LOCAL = { allowAddress: (ip: string) => ip === "127.0.0.1" };

const WEATHER_SCHEMA: TToolInputSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  properties: {
    city: { type: "string", description: "City name, e.g. Lisbon" },
    units: { type: "string", enum: ["metric", "imperial"] },
    days: { type: "integer" },
    tags: { type: "array", items: { type: "string" } },
    filter: { type: "object", properties: { min: { type: "number" } }, required: ["min"] },
  },
  required: ["city"],
};

type Seen = { method: string; url: string; headers: IncomingMessage["headers"]; body: string };
let seen: Seen[] = [];
let server: Server;
let base: string;

const definition = (overrides: Partial<CustomToolDefinition> = {}): CustomToolDefinition => ({
  name: "weather_now",
  description: "Current weather for a city.",
  method: "GET",
  url: `${base}/weather/{{city}}?source=app`,
  inputSchema: WEATHER_SCHEMA,
  authHeader: { name: "X-Api-Key", value: "secret-value-1234" },
  timeoutMs: 5_000,
  unavailable: null,
  ...overrides,
});

const run = (tool: ReturnType<typeof customHttpTool>, input: Record<string, unknown>) =>
  tool.execute(ctx, tool.inputSchema.parse(input), {});

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
      const path = new URL(req.url ?? "/", "http://localhost").pathname;
      if (path.startsWith("/weather/"))
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ temp: 21, sky: "clear" }));
      else if (path === "/orders")
        res.writeHead(201, { "content-type": "text/plain" }).end(`created ${Buffer.concat(chunks).toString()}`);
      else if (path === "/long")
        res.writeHead(200, { "content-type": "application/json" }).end(`"${"x".repeat(MAX_BODY_CHARS + 10)}"`);
      else if (path === "/slow") {
        // Never answers: the tool's own timeout has to end the call.
      } else res.writeHead(404, { "content-type": "application/json" }).end('{"error":"no such thing"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(resolve));
});

describe("custom HTTP tools", () => {
  it("GET: fill the placeholders URL-encoded, send the rest as the query with the auth header, parse JSON", async () => {
    seen = [];
    const tool = customHttpTool(definition(), LOCAL);
    expect(tool.name).toBe("custom.weather_now");
    const result = await run(tool, { city: "São Paulo/Centro", units: "metric", tags: ["a", "b c"] });
    expect(result).toMatchObject({ status: 200, body: { temp: 21, sky: "clear" }, truncated: false });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      method: "GET",
      url: "/weather/S%C3%A3o%20Paulo%2FCentro?source=app&units=metric&tags=a&tags=b+c",
      body: "",
    });
    expect(seen[0]?.headers["x-api-key"]).toBe("secret-value-1234");
    expect(JSON.stringify(result)).not.toContain("secret-value-1234");
    // The model cannot climb out of the tool's path.
    expect((await appError(run(tool, { city: ".." }))).message).toBe('"city" cannot be "..": it goes in the address.');
    expect(seen).toHaveLength(1);
  });

  it("POST: the fields not in the URL go as a JSON body; a text answer stays text", async () => {
    seen = [];
    const tool = customHttpTool(
      definition({
        method: "POST",
        url: `${base}/orders`,
        authHeader: null,
        inputSchema: {
          type: "object",
          properties: { sku: { type: "string" }, qty: { type: "integer" } },
          required: ["sku", "qty"],
        },
      }),
      LOCAL,
    );
    const result = await run(tool, { sku: "A-1", qty: 3 });
    expect(result).toMatchObject({ status: 201, body: 'created {"sku":"A-1","qty":3}' });
    expect(seen[0]).toMatchObject({ method: "POST", url: "/orders", body: '{"sku":"A-1","qty":3}' });
    expect(seen[0]?.headers["content-type"]).toBe("application/json");
    expect(seen[0]?.headers["x-api-key"]).toBeUndefined();
  });

  it("give the model an error status as a result, and JSON cut short as text", async () => {
    const missing = customHttpTool(definition({ url: `${base}/nothing/{{city}}` }), LOCAL);
    expect(await run(missing, { city: "x" })).toMatchObject({ status: 404, body: { error: "no such thing" } });
    const long = customHttpTool(definition({ url: `${base}/long` }), LOCAL);
    const result = (await run(long, { city: "x" })) as { body: unknown; truncated: boolean };
    expect(typeof result.body).toBe("string");
    expect(result.body).toHaveLength(MAX_BODY_CHARS);
    expect(result.truncated).toBe(true);
  });

  it("check the input against the stored schema, which the model sees as JSON Schema", () => {
    const schema = customHttpTool(definition()).inputSchema;
    const problems = (input: unknown) =>
      schema.safeParse(input).error?.issues.map((issue) => `${issue.path.join(".")}:${issue.code}`);
    expect(problems({ city: "Lisbon", days: 2, filter: { min: 1 } })).toBeUndefined();
    expect(problems({})).toEqual(["city:invalid_type"]);
    expect(problems({ city: "Lisbon", units: "kelvin" })).toEqual(["units:invalid_value"]);
    expect(problems({ city: "Lisbon", days: 1.5 })).toEqual(["days:invalid_type"]);
    expect(problems({ city: "Lisbon", filter: {} })).toEqual(["filter.min:invalid_type"]);
    // Objects are closed: nothing the tool does not list reaches the remote service.
    expect(problems({ city: "Lisbon", admin: true })).toEqual([":unrecognized_keys"]);
    expect(problems({ city: "Lisbon", filter: { min: 1, max: 2 } })).toEqual(["filter:unrecognized_keys"]);
    const json = z.toJSONSchema(schema) as { properties: Record<string, unknown>; required: string[] };
    expect(json).toMatchObject({ type: "object", required: ["city"], additionalProperties: false });
    expect(json.properties.city).toEqual({ type: "string", description: "City name, e.g. Lisbon" });
    expect(json.properties.units).toEqual({ type: "string", enum: ["metric", "imperial"] });
    expect(json.properties.filter).toMatchObject({ additionalProperties: false, required: ["min"] });
  });

  it("refuse loopback and private addresses, also behind a host name", async () => {
    const real = customHttpTool(definition());
    expect((await appError(run(real, { city: "x" }))).message).toBe("Refused: 127.0.0.1 is a loopback address.");
    const internal = customHttpTool(definition({ url: "http://api.internal.test/{{city}}" }), {
      resolve: async () => [{ address: "10.0.0.7", family: 4 }],
    });
    expect((await appError(run(internal, { city: "x" }))).message).toBe(
      "Refused: api.internal.test resolves to 10.0.0.7, a private address.",
    );
    const metadata = customHttpTool(definition({ url: "http://169.254.169.254/latest/{{city}}" }));
    expect((await appError(run(metadata, { city: "meta-data" }))).message).toMatch(
      /^Refused: 169\.254\.169\.254 is a link-local address/,
    );
  });

  it("stop after the tool's own timeout, and say why a broken tool cannot run", async () => {
    const slow = customHttpTool(definition({ url: `${base}/slow`, timeoutMs: 1_000 }), LOCAL);
    const started = performance.now();
    const timedOut = await appError(run(slow, { city: "x" }));
    expect(timedOut.message).toMatch(
      /^No complete answer from 127\.0\.0\.1:\d+ within 1 s; the request was stopped\.$/,
    );
    expect(performance.now() - started).toBeLessThan(4_000);
    seen = [];
    const broken = customHttpTool(definition({ unavailable: "The auth header cannot be read." }), LOCAL);
    expect(await appError(run(broken, { city: "x" }))).toMatchObject({
      code: "PRECONDITION_FAILED",
      message: "The auth header cannot be read.",
    });
    expect(seen).toHaveLength(0);
  });
});
