import { createOpenAI } from "@ai-sdk/openai";
import { APICallError, stepCountIs, streamText, tool } from "ai";
import OpenAI from "openai";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { countTokens, startOpenAIServer, type OpenAIServer } from "./openai-server";

const API_KEY = "sk-test-key";

let server: OpenAIServer;

beforeEach(async () => {
  server = await startOpenAIServer({ apiKey: API_KEY, models: ["gpt-4o-mini", "gpt-4.1"] });
});

afterEach(async () => {
  await server.close();
});

function openaiClient(options: { apiKey?: string; maxRetries?: number } = {}) {
  return new OpenAI({
    baseURL: server.url,
    apiKey: options.apiKey ?? API_KEY,
    maxRetries: options.maxRetries ?? 0,
    timeout: 5_000,
  });
}

function chatModel(modelId = "gpt-4o-mini") {
  return createOpenAI({ baseURL: server.url, apiKey: API_KEY }).chat(modelId);
}

describe("openai-server with the openai package", { timeout: 10_000 }, () => {
  it("lists the configured models and records the request", async () => {
    const page = await openaiClient().models.list();

    expect(page.data).toEqual([
      { id: "gpt-4o-mini", object: "model", created: expect.any(Number), owned_by: "switchboard-test" },
      { id: "gpt-4.1", object: "model", created: expect.any(Number), owned_by: "switchboard-test" },
    ]);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ method: "GET", path: "/v1/models" });
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it("answers a non-streaming completion with the scripted text and word-count usage", async () => {
    server.script({ kind: "text", text: "Hello there, general Kenobi." });
    const messages = [
      { role: "system", content: "You are terse." },
      { role: "user", content: "Say hello to the general" },
    ] as const;

    const completion = await openaiClient().chat.completions.create({ model: "gpt-4o-mini", messages: [...messages] });

    expect(completion).toMatchObject({
      object: "chat.completion",
      model: "gpt-4o-mini",
      choices: [
        {
          index: 0,
          finish_reason: "stop",
          message: { role: "assistant", content: "Hello there, general Kenobi." },
        },
      ],
      usage: { prompt_tokens: 3 + 5, completion_tokens: 4, total_tokens: 12 },
    });
    expect(completion.id).toMatch(/^chatcmpl-/);
    expect(server.requests[0]?.body).toMatchObject({ model: "gpt-4o-mini", messages });
    expect(server.requests[0]?.usage).toEqual(completion.usage);
  });

  it("echoes the last user message when nothing is scripted", async () => {
    const completion = await openaiClient().chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "ping pong" }],
    });

    expect(completion.choices[0]?.message.content).toBe("Echo: ping pong");
  });

  it("streams deltas in order, then the finish reason, then a usage chunk", async () => {
    server.script({ kind: "text", text: "one two three four five", chunkSize: 2, tokenDelayMs: 2 });

    const stream = await openaiClient().chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "count to five" }],
      stream: true,
      stream_options: { include_usage: true },
    });
    const deltas: string[] = [];
    const finishReasons: string[] = [];
    const usages: unknown[] = [];
    for await (const chunk of stream) {
      expect(chunk.object).toBe("chat.completion.chunk");
      const choice = chunk.choices[0];
      if (choice?.delta.content) deltas.push(choice.delta.content);
      if (choice?.finish_reason) finishReasons.push(choice.finish_reason);
      if (chunk.usage) usages.push(chunk.usage);
    }

    expect(deltas).toEqual(["one two", " three four", " five"]);
    expect(finishReasons).toEqual(["stop"]);
    expect(usages).toEqual([{ prompt_tokens: 3, completion_tokens: 5, total_tokens: 8 }]);
  });

  it("writes OpenAI's SSE framing: data lines, usage only when asked, [DONE] last", async () => {
    server.script({ kind: "text", text: "hi there" });

    const response = await fetch(`${server.url}/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" },
      body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }], stream: true }),
      signal: AbortSignal.timeout(5_000),
    });
    const events = (await response.text()).split("\n\n");

    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(events.at(-1)).toBe("");
    expect(events.at(-2)).toBe("data: [DONE]");
    const chunks = events.slice(0, -2).map((event) => {
      expect(event).toMatch(/^data: \{/);
      return JSON.parse(event.slice("data: ".length)) as Record<string, unknown>;
    });
    expect(chunks.map((chunk) => chunk.choices)).toEqual([
      [{ index: 0, delta: { role: "assistant", content: "", refusal: null }, logprobs: null, finish_reason: null }],
      [{ index: 0, delta: { content: "hi" }, logprobs: null, finish_reason: null }],
      [{ index: 0, delta: { content: " there" }, logprobs: null, finish_reason: null }],
      [{ index: 0, delta: {}, logprobs: null, finish_reason: "stop" }],
    ]);
    expect(new Set(chunks.map((chunk) => chunk.id)).size).toBe(1);
    expect(chunks.every((chunk) => !("usage" in chunk))).toBe(true);
  });

  it("answers a scripted tool call with tool_calls and finish_reason tool_calls", async () => {
    server.script({ kind: "tool_call", name: "get_weather", arguments: { city: "Paris" }, id: "call_abc" });

    const completion = await openaiClient().chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "Weather in Paris?" }],
      tools: [
        {
          type: "function",
          function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } },
        },
      ],
    });

    expect(completion.choices[0]).toMatchObject({
      finish_reason: "tool_calls",
      message: {
        content: null,
        tool_calls: [
          { id: "call_abc", type: "function", function: { name: "get_weather", arguments: '{"city":"Paris"}' } },
        ],
      },
    });
    expect(server.requests[0]?.body.tools).toEqual([
      expect.objectContaining({ type: "function", function: expect.objectContaining({ name: "get_weather" }) }),
    ]);
  });

  it("rejects a wrong key with OpenAI's 401 shape, mapped to AuthenticationError and not retried", async () => {
    const error = await openaiClient({ apiKey: "sk-wrong", maxRetries: 2 })
      .chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: "invalid_api_key", type: "invalid_request_error" });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers.authorization).toBe("Bearer sk-wrong");
  });

  it("is retried by the SDK after a 429 and succeeds with the next scripted reply", async () => {
    server.script([
      { kind: "error", status: 429, retryAfter: 0.01 },
      { kind: "text", text: "second time lucky" },
    ]);

    const completion = await openaiClient({ maxRetries: 2 }).chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "hi" }],
    });

    expect(completion.choices[0]?.message.content).toBe("second time lucky");
    expect(server.requests.map((request) => request.headers["x-stainless-retry-count"])).toEqual(["0", "1"]);
    // openai v6 sends no Idempotency-Key to api.openai.com-style clients; retries are told apart by the count.
    expect(server.requests.map((request) => request.headers["idempotency-key"])).toEqual([undefined, undefined]);
  });

  it("maps a scripted 400 to BadRequestError without retrying", async () => {
    server.script({ kind: "error", status: 400, message: "Bad messages." });

    const error = await openaiClient({ maxRetries: 2 })
      .chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error).toMatchObject({ status: 400, message: expect.stringContaining("Bad messages.") });
    expect(server.requests).toHaveLength(1);
  });

  it("surfaces a mid-stream disconnect as an error after the chunks already sent", async () => {
    server.script({ kind: "disconnect", afterChunks: 2, text: "alpha beta gamma delta" });

    const stream = await openaiClient({ maxRetries: 2 }).chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "hi" }],
      stream: true,
    });
    const deltas: string[] = [];
    const consume = async () => {
      for await (const chunk of stream) {
        const content = chunk.choices[0]?.delta.content;
        if (content) deltas.push(content);
      }
    };

    const error = await consume().catch((caught: unknown) => caught);
    // Not an OpenAI.APIError: the SDK passes undici's own error through ("TypeError: terminated").
    expect(error).toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(OpenAI.APIError);
    expect(deltas).toEqual(["alpha", " beta"]);
    // A stream that broke after its headers is not retried by the SDK.
    expect(server.requests).toHaveLength(1);
  });

  it("retries a non-streaming request whose connection dropped, re-sending the same POST", async () => {
    server.script([
      { kind: "disconnect", afterChunks: 0 },
      { kind: "text", text: "recovered" },
    ]);

    const completion = await openaiClient({ maxRetries: 1 }).chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "hi" }],
    });

    expect(completion.choices[0]?.message.content).toBe("recovered");
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.body).toEqual(server.requests[0]?.body);
  });

  it("lets the client time out a stalled non-streaming request", async () => {
    server.script({ kind: "stall", afterChunks: 0 });
    const client = new OpenAI({ baseURL: server.url, apiKey: API_KEY, maxRetries: 0, timeout: 100 });

    const error = await client.chat.completions
      .create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    await vi.waitFor(() => expect(server.requests[0]?.closedByClient).toBe(true), { timeout: 2_000 });
  });

  it("close() ends a stalled stream instead of leaving the client hanging", async () => {
    server.script({ kind: "stall", afterChunks: 1 });
    const stream = await openaiClient().chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "wait for it" }],
      stream: true,
    });
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next(); // role chunk
    await iterator.next(); // first content chunk

    const pending = iterator.next();
    await server.close();

    await expect(pending).rejects.toThrow();
  });
});

describe("openai-server with the AI SDK chat model", { timeout: 10_000 }, () => {
  it("streams text deltas in order over /chat/completions and reports usage", async () => {
    server.script({ kind: "text", text: "The quick brown fox jumps", tokenDelayMs: 2 });

    const result = streamText({ model: chatModel(), prompt: "Tell me about foxes", maxRetries: 0 });
    const deltas: string[] = [];
    for await (const delta of result.textStream) deltas.push(delta);

    expect(deltas).toEqual(["The", " quick", " brown", " fox", " jumps"]);
    expect(await result.text).toBe("The quick brown fox jumps");
    expect(await result.usage).toMatchObject({ inputTokens: 4, outputTokens: 5, totalTokens: 9 });
    expect(server.requests[0]).toMatchObject({
      method: "POST",
      path: "/v1/chat/completions",
      body: { model: "gpt-4o-mini", stream: true, stream_options: { include_usage: true } },
    });
  });

  it("runs a zod tool between two scripted steps and completes the multi-step run", async () => {
    server.script([
      { kind: "tool_call", name: "get_weather", arguments: { city: "Paris" }, id: "call_weather_1" },
      { kind: "text", text: "It is sunny in Paris." },
    ]);
    const execute = vi.fn(async ({ city }: { city: string }) => ({ city, forecast: "sunny" }));

    const result = streamText({
      model: chatModel(),
      prompt: "What is the weather in Paris?",
      tools: {
        get_weather: tool({
          description: "Current weather for a city",
          inputSchema: z.object({ city: z.string() }),
          execute,
        }),
      },
      stopWhen: stepCountIs(3),
      maxRetries: 0,
    });

    expect(await result.text).toBe("It is sunny in Paris.");
    const steps = await result.steps;
    expect(steps.map((step) => step.finishReason)).toEqual(["tool-calls", "stop"]);
    expect(execute).toHaveBeenCalledTimes(1);
    expect(execute.mock.calls[0]?.[0]).toEqual({ city: "Paris" });

    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]?.body.tools).toEqual([
      expect.objectContaining({ type: "function", function: expect.objectContaining({ name: "get_weather" }) }),
    ]);
    expect(server.requests[1]?.body.messages).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          role: "assistant",
          tool_calls: [expect.objectContaining({ id: "call_weather_1" })],
        }),
        expect.objectContaining({ role: "tool", tool_call_id: "call_weather_1" }),
      ]),
    );

    const [first, second] = server.requests.map((request) => request.usage);
    expect(first?.completion_tokens).toBe(countTokens('get_weather {"city":"Paris"}'));
    expect(await result.totalUsage).toMatchObject({
      inputTokens: (first?.prompt_tokens ?? 0) + (second?.prompt_tokens ?? 0),
      outputTokens: (first?.completion_tokens ?? 0) + (second?.completion_tokens ?? 0),
    });
  });

  it("retries a 429 after the server's retry-after-ms", async () => {
    server.script([
      { kind: "error", status: 429, retryAfter: 0.01 },
      { kind: "text", text: "ok now" },
    ]);

    const result = streamText({ model: chatModel(), prompt: "hi", maxRetries: 1 });

    expect(await result.text).toBe("ok now");
    expect(server.requests).toHaveLength(2);
  });

  it("throws from fullStream when the connection drops mid-stream", async () => {
    server.script({ kind: "disconnect", afterChunks: 1, text: "partial answer here" });
    const onError = vi.fn();

    const result = streamText({ model: chatModel(), prompt: "hi", maxRetries: 0, onError });
    const deltas: string[] = [];
    const consume = async () => {
      for await (const part of result.fullStream) if (part.type === "text-delta") deltas.push(part.text);
    };

    const error = await consume().catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).cause).toBeInstanceOf(TypeError);
    // The failure is thrown to the reader, not reported through onError.
    expect(onError).not.toHaveBeenCalled();
    expect(deltas).toEqual(["partial"]);
  });

  it("targets the Responses API from the provider's default model, which this server does not serve", async () => {
    const result = streamText({
      model: createOpenAI({ baseURL: server.url, apiKey: API_KEY })("gpt-4o-mini"),
      prompt: "hi",
      maxRetries: 0,
      onError: () => {},
    });

    await expect(result.text).rejects.toThrow();
    expect(server.requests[0]?.path).toBe("/v1/responses");
  });

  it("aborts a stalled stream promptly through an AbortSignal", async () => {
    server.script({ kind: "stall", afterChunks: 1, text: "first then nothing" });
    const controller = new AbortController();

    const result = streamText({
      model: chatModel(),
      prompt: "Hang on",
      abortSignal: controller.signal,
      maxRetries: 0,
    });
    const parts: string[] = [];
    let abortedAt = 0;
    for await (const part of result.fullStream) {
      parts.push(part.type === "text-delta" ? `text:${part.text}` : part.type);
      if (part.type === "text-delta" && part.text && !controller.signal.aborted) {
        setTimeout(() => {
          abortedAt = performance.now();
          controller.abort();
        }, 20);
      }
    }
    const endedAfterMs = performance.now() - abortedAt;

    expect(parts).toContain("text:first");
    expect(parts).not.toContain("text: then");
    expect(parts.at(-1)).toBe("abort");
    expect(endedAfterMs).toBeLessThan(500);
    await vi.waitFor(() => expect(server.requests[0]?.closedByClient).toBe(true), { timeout: 2_000 });
  });
});
