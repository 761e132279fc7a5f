import { generateText, stepCountIs, streamText } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeConnections, createAgency, ownerAccess, ownerCaller, type TestAgency } from "@/test/factories";
import { ANTHROPIC_VERSION, startAnthropicServer, type AnthropicServer } from "@/test/anthropic-server";
import { languageModelFor } from "./language-model";
import { baseUrlOf, listProviderModels, type ProviderConnection } from "./list-models";
import { describeModelError } from "./provider-errors";
import { toAiSdkTools, type ToolCallRecord } from "./tools";

const KEY = "sk-ant-test-0123456789ABCD";
const MODEL = "claude-haiku-4-5";

let server: AnthropicServer;
let agency: TestAgency;

const connection = (apiKey: string | null = KEY): ProviderConnection => ({
  kind: "anthropic",
  baseUrl: server.url,
  apiKey,
});

type CallOptions = Pick<Parameters<typeof streamText>[0], "tools" | "stopWhen" | "maxRetries"> & { prompt: string };

/** Runs a streamed call to its end, as the chat does: text deltas as they came, and the error `onError` saw. */
async function streamed(options: CallOptions, apiKey?: string) {
  let error: unknown;
  const result = streamText({
    model: languageModelFor(connection(apiKey), MODEL),
    ...options,
    onError: (event) => {
      error = event.error;
    },
  });
  const chunks: string[] = [];
  try {
    for await (const chunk of result.textStream) chunks.push(chunk);
  } catch (thrown) {
    // A stream that breaks off mid-answer fails the text stream too; the first error seen counts.
    error ??= thrown;
  }
  return { result, chunks, error };
}

const messagesRequests = () => server.requests.filter((r) => r.path === "/v1/messages");

beforeAll(async () => {
  server = await startAnthropicServer({ apiKey: KEY, models: [MODEL, "claude-sonnet-4-5", "claude-opus-4-1"] });
  agency = await createAgency();
  await ownerCaller(agency).clients.create({ name: "Bluebird Coffee" });
  await ownerCaller(agency).clients.create({ name: "Harbor Books" });
});

afterAll(async () => {
  await server.close();
  await closeConnections();
});

describe("the Anthropic provider against a local Messages API", () => {
  it("streams a reply in several chunks, sends the key as x-api-key only, and reads the usage", async () => {
    server.script({ kind: "text", text: "Hello from a local Claude" });
    const { result, chunks, error } = await streamed({ prompt: "Say hello" });
    expect(error).toBeUndefined();
    expect(chunks).toEqual(["Hello", " from", " a", " local", " Claude"]);

    const request = server.requests.at(-1)!;
    expect(request).toMatchObject({ method: "POST", path: "/v1/messages", status: 200 });
    expect(request.headers["x-api-key"]).toBe(KEY);
    expect(request.headers["anthropic-version"]).toBe(ANTHROPIC_VERSION);
    expect(request.headers.authorization).toBeUndefined();
    expect(request.url).not.toContain(KEY);
    expect(request.url).toBe("/v1/messages");
    expect(request.body).toMatchObject({
      model: MODEL,
      stream: true,
      messages: [{ role: "user", content: [{ type: "text", text: "Say hello" }] }],
    });

    const usage = await result.usage;
    expect(request.usage).toEqual({ input_tokens: 2, output_tokens: 5 });
    expect(usage).toMatchObject({ inputTokens: 2, outputTokens: 5, totalTokens: 7 });
    expect(await result.finishReason).toBe("stop");
  });

  it("answers a call that does not stream, with its usage", async () => {
    server.script({ kind: "text", text: "A whole answer at once." });
    const result = await generateText({
      model: languageModelFor(connection(), MODEL),
      system: "Be brief.",
      prompt: "Answer in one go",
    });
    const request = server.requests.at(-1)!;
    expect(request.body.stream).not.toBe(true);
    expect(request.body.system).toEqual([{ type: "text", text: "Be brief." }]);
    expect(result.text).toBe("A whole answer at once.");
    expect(request.usage).toEqual({ input_tokens: 6, output_tokens: 5 });
    expect(result.usage).toMatchObject({ inputTokens: 6, outputTokens: 5 });
  });

  it("runs a tool_use on the agency's data and sends the result back under the model-side name", async () => {
    const toolUseId = "toolu_01Bluebird";
    const calls: ToolCallRecord[] = [];
    const tools = toAiSdkTools({ ...ownerAccess(agency), agentId: null }, ["clients.search"], {
      onCall: (record) => {
        calls.push(record);
      },
    });
    server.script([
      {
        kind: "tool_use",
        id: toolUseId,
        text: "Let me look that up.",
        name: "clients_search",
        input: { query: "Bluebird" },
      },
      { kind: "text", text: "You have one client called Bluebird Coffee." },
    ]);
    const before = messagesRequests().length;
    const { result, chunks, error } = await streamed({
      tools,
      stopWhen: stepCountIs(3),
      prompt: "Which clients do we have?",
    });
    expect(error).toBeUndefined();
    expect(chunks.join("")).toBe("Let me look that up.You have one client called Bluebird Coffee.");

    const [first, second, ...more] = messagesRequests().slice(before);
    expect(more).toHaveLength(0);
    const offered = first!.body.tools as { name: string; input_schema: { properties: Record<string, unknown> } }[];
    expect(offered.map((t) => t.name)).toEqual(["clients_search"]);
    expect(Object.keys(offered[0]!.input_schema.properties)).toEqual(expect.arrayContaining(["query", "status"]));

    // The tool ran for real, once, on the input that was streamed in fragments.
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ name: "clients.search", input: { query: "Bluebird" }, error: null });
    expect((calls[0]!.output as { clients: { name: string }[] }).clients.map((c) => c.name)).toEqual([
      "Bluebird Coffee",
    ]);

    // The next request carries the tool_use back and its result, tied by the tool_use id.
    const sent = second!.body.messages as { role: string; content: Record<string, unknown>[] }[];
    expect(sent.map((m) => m.role)).toEqual(["user", "assistant", "user"]);
    expect(sent[1]!.content).toEqual([
      { type: "text", text: "Let me look that up." },
      { type: "tool_use", id: toolUseId, name: "clients_search", input: { query: "Bluebird" } },
    ]);
    const [toolResult] = sent[2]!.content;
    expect(toolResult).toMatchObject({ type: "tool_result", tool_use_id: toolUseId });
    expect(JSON.stringify(toolResult)).toContain("Bluebird Coffee");
    expect(JSON.stringify(toolResult)).not.toContain("Harbor Books");

    const steps = await result.steps;
    expect(steps.map((s) => s.finishReason)).toEqual(["tool-calls", "stop"]);
    const usage = await result.totalUsage;
    expect(usage.inputTokens).toBe(first!.usage!.input_tokens + second!.usage!.input_tokens);
    expect(usage.outputTokens).toBe(first!.usage!.output_tokens + second!.usage!.output_tokens);
    expect(second!.usage!.input_tokens).toBeGreaterThan(first!.usage!.input_tokens);
  });

  it("words a refused key for people and does not retry it", async () => {
    const before = server.requests.length;
    const { chunks, error } = await streamed({ prompt: "Are you there?" }, "sk-ant-wrong-000000");
    expect(chunks).toEqual([]);
    expect(server.requests.slice(before).map((r) => r.status)).toEqual([401]);
    expect(describeModelError(error)).toBe(
      "The provider refused the API key (401): invalid x-api-key. Check the key in Model providers.",
    );
  });

  it("retries a 429 after the time the server asks for, then succeeds", async () => {
    server.script([
      { kind: "error", status: 429, retryAfter: 0.02 },
      { kind: "text", text: "Back after the pause." },
    ]);
    const before = server.requests.length;
    const { chunks, error } = await streamed({ prompt: "Try again", maxRetries: 2 });
    expect(error).toBeUndefined();
    expect(chunks.join("")).toBe("Back after the pause.");
    const attempts = server.requests.slice(before);
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect(attempts[1]!.body).toEqual(attempts[0]!.body);
  });

  it("gives up on a failing provider after the retries, saying how often it tried", async () => {
    server.script([
      { kind: "error", status: 500, retryAfter: 0.01 },
      { kind: "error", status: 500, retryAfter: 0.01 },
      { kind: "error", status: 500, retryAfter: 0.01 },
    ]);
    const before = server.requests.length;
    const { error } = await streamed({ prompt: "Anyone?", maxRetries: 2 });
    expect(server.requests.slice(before).map((r) => r.status)).toEqual([500, 500, 500]);
    expect(describeModelError(error)).toBe(
      "The provider failed (500) 3 times in a row: Internal server error. Try again later.",
    );
  });

  it("reports a stream that breaks off, after the text that did arrive", async () => {
    server.script({ kind: "disconnect", afterChunks: 2, text: "one two three four" });
    const { chunks, error } = await streamed({ prompt: "Count" });
    expect(chunks).toEqual(["one", " two"]);
    expect(describeModelError(error)).toBe(
      "The connection to the provider broke off: Failed to process successful response.",
    );
  });
});

describe("testing an Anthropic connection", () => {
  it("lists the models with the key and version headers", async () => {
    const before = server.requests.length;
    const result = await listProviderModels(connection());
    expect(result).toMatchObject({
      ok: true,
      models: ["claude-haiku-4-5", "claude-opus-4-1", "claude-sonnet-4-5"],
    });
    const [request] = server.requests.slice(before);
    expect(request).toMatchObject({ method: "GET", path: "/v1/models", status: 200 });
    expect(request!.headers["x-api-key"]).toBe(KEY);
    expect(request!.headers["anthropic-version"]).toBe(ANTHROPIC_VERSION);
    expect(request!.url).not.toContain(KEY);
  });

  it("lists every model, past Anthropic's default page of 20", async () => {
    const many = Array.from({ length: 1005 }, (_, i) => `claude-test-${String(i).padStart(4, "0")}`);
    const big = await startAnthropicServer({ apiKey: KEY, models: many });
    try {
      const result = await listProviderModels({ kind: "anthropic", baseUrl: big.url, apiKey: KEY });
      expect(result.ok && result.models).toEqual(many);
      expect(big.requests.map((r) => r.status)).toEqual([200, 200]);
    } finally {
      await big.close();
    }
  });

  it("reports a refused key in the provider's own words", async () => {
    const result = await listProviderModels(connection("sk-ant-wrong-000000"));
    expect(result).toMatchObject({ ok: false, status: 401, error: "invalid x-api-key" });
    const missing = await listProviderModels(connection(null));
    expect(missing).toMatchObject({ ok: false, status: 401, error: "x-api-key header is required" });
  });

  it("works through a saved provider, key sealed in the database", async () => {
    const caller = ownerCaller(agency);
    const provider = await caller.providers.create({
      name: "Local Claude",
      kind: "anthropic",
      baseUrl: server.url,
      apiKey: KEY,
      defaultModel: MODEL,
      models: [{ id: MODEL, inputPerMillion: 1, outputPerMillion: 5 }],
    });
    expect(await caller.providers.test({ id: provider.id })).toMatchObject({ ok: true });
    expect(server.requests.at(-1)!.headers["x-api-key"]).toBe(KEY);
  });

  it("talks to api.anthropic.com under /v1 when given the bare host, as the AI SDK does", () => {
    expect(baseUrlOf({ kind: "anthropic", baseUrl: null })).toBe("https://api.anthropic.com/v1");
    expect(baseUrlOf({ kind: "anthropic", baseUrl: "https://api.anthropic.com" })).toBe("https://api.anthropic.com/v1");
    expect(baseUrlOf({ kind: "anthropic", baseUrl: server.url })).toBe(server.url);
  });
});
