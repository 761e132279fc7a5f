import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
import type OpenAI from "openai";
import { isRecord, parseObject, readBody, sendJson, untilAborted, write } from "./http-plumbing";

/**
 * What the server does with the next chat completion request. Scripts are consumed in order,
 * one per authorized `POST /v1/chat/completions`; with none left it echoes the last user message.
 */
export type Script =
  /** Text split into whitespace-delimited words, `chunkSize` words (default 1) per stream chunk. */
  | { kind: "text"; text: string; chunkSize?: number; tokenDelayMs?: number }
  /** One function tool call; `id` defaults to `call_<n>`. */
  | { kind: "tool_call"; name: string; arguments: Record<string, unknown>; id?: string }
  /** An HTTP error in OpenAI's shape; `retryAfter` (seconds) sets `retry-after` and `retry-after-ms`. */
  | { kind: "error"; status: 400 | 401 | 429 | 500; message?: string; retryAfter?: number }
  /**
   * Streams `text` (default: the echo reply) and destroys the socket after `afterChunks` content
   * chunks, before the finish chunk. A non-streaming request gets the socket destroyed unanswered.
   */
  | { kind: "disconnect"; afterChunks: number; text?: string }
  /** Like `disconnect`, but then sends nothing and holds the connection until the client leaves. */
  | { kind: "stall"; afterChunks: number; text?: string };

export type Usage = OpenAI.CompletionUsage;

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/v1/chat/completions`. */
  path: string;
  /** Lower-cased, as Node gives them: `headers.authorization`, `headers["idempotency-key"]`. */
  headers: IncomingHttpHeaders;
  /** The parsed JSON body; `{}` when there was none or it was not an object. */
  body: Record<string, unknown>;
  /** The usage the server reported, once it has answered with a completion. */
  usage?: Usage;
  /** True when the client closed the connection before the response was complete. */
  closedByClient: boolean;
}

export interface OpenAIServerOptions {
  /** When set, every request must carry `Authorization: Bearer <apiKey>` or gets a 401. */
  apiKey?: string;
  /** Ids listed by `GET /v1/models`. Chat requests are not checked against them. */
  models?: string[];
  /** Pause before each streamed content chunk unless a script sets its own. Default 0. */
  tokenDelayMs?: number;
}

export interface OpenAIServer {
  /** Base URL including `/v1`, ready for `new OpenAI({ baseURL })` or `createOpenAI({ baseURL })`. */
  url: string;
  requests: RecordedRequest[];
  script(next: Script | Script[]): void;
  /** Destroys every open connection, stalled ones included, and stops the server. */
  close(): Promise<void>;
}

type ChatCompletion = OpenAI.Chat.ChatCompletion;
type ChatCompletionChunk = OpenAI.Chat.ChatCompletionChunk;
type ChatCompletionMessage = OpenAI.Chat.ChatCompletionMessage;
type ChunkChoice = OpenAI.Chat.ChatCompletionChunk.Choice;
type ChunkDelta = OpenAI.Chat.ChatCompletionChunk.Choice.Delta;
type FinishReason = OpenAI.Chat.ChatCompletion.Choice["finish_reason"];

interface OpenAIErrorBody {
  message: string;
  type: string;
  code: string | null;
}

const MODELS_CREATED = 1_700_000_000;
const SYSTEM_FINGERPRINT = "fp_switchboard_test";
const TOOL_ARGUMENT_FRAGMENT_CHARS = 8;

/** The server's token count: whitespace-separated words. Usage numbers are built from it. */
export function countTokens(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** Starts the fake OpenAI API on 127.0.0.1 with a free port. */
export async function startOpenAIServer(options: OpenAIServerOptions = {}): Promise<OpenAIServer> {
  const models = options.models ?? ["gpt-4o-mini"];
  const requests: RecordedRequest[] = [];
  const queue: Script[] = [];
  const sockets = new Set<Socket>();
  let served = 0;
  let closing = false;

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      // The client or close() went away mid-response; there is nobody left to tell.
      res.destroy();
    });
  });
  server.on("connection", (socket) => {
    socket.setNoDelay(true);
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const rawBody = await readBody(req);
    const record: RecordedRequest = {
      method: req.method ?? "GET",
      path,
      headers: req.headers,
      body: parseObject(rawBody) ?? {},
      closedByClient: false,
    };
    requests.push(record);

    const done = new AbortController();
    let destroyedByServer = false;
    res.on("close", () => {
      if (!res.writableFinished && !destroyedByServer && !closing) record.closedByClient = true;
      done.abort();
    });
    const destroy = () => {
      destroyedByServer = true;
      res.destroy();
    };

    served += 1;
    res.setHeader("x-request-id", `req_${served}`);

    if (options.apiKey !== undefined) {
      const authorization = req.headers.authorization;
      if (authorization !== `Bearer ${options.apiKey}`) {
        return sendError(res, 401, {
          message: authorization
            ? "Incorrect API key provided."
            : "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth.",
          type: "invalid_request_error",
          code: "invalid_api_key",
        });
      }
    }

    if (req.method === "GET" && path === "/v1/models") {
      return sendJson(res, 200, { object: "list", data: models.map(describeModel) });
    }
    const modelMatch = /^\/v1\/models\/([^/]+)$/.exec(path);
    if (req.method === "GET" && modelMatch?.[1] !== undefined) {
      const id = decodeURIComponent(modelMatch[1]);
      if (!models.includes(id)) {
        return sendError(res, 404, {
          message: `The model '${id}' does not exist`,
          type: "invalid_request_error",
          code: "model_not_found",
        });
      }
      return sendJson(res, 200, describeModel(id));
    }
    if (req.method === "POST" && path === "/v1/chat/completions") {
      const body = parseObject(rawBody);
      if (body === undefined || typeof body.model !== "string" || !Array.isArray(body.messages)) {
        return sendError(res, 400, {
          message: "The request body must be a JSON object with a string 'model' and a 'messages' array.",
          type: "invalid_request_error",
          code: null,
        });
      }
      const completion: Completion = {
        seq: served,
        id: `chatcmpl-${served}`,
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        messages: body.messages,
        includeUsage: isRecord(body.stream_options) && body.stream_options.include_usage === true,
        record,
        signal: done.signal,
        destroy,
      };
      const next = queue.shift() ?? { kind: "text", text: echoReply(body.messages) };
      return body.stream === true ? stream(res, completion, next) : respond(res, completion, next);
    }
    return sendError(res, 404, {
      message: `Unknown request URL: ${req.method ?? "GET"} ${path}.`,
      type: "invalid_request_error",
      code: "unknown_url",
    });
  }

  async function respond(res: ServerResponse, completion: Completion, next: Script): Promise<void> {
    switch (next.kind) {
      case "error":
        return sendScriptedError(res, next);
      case "disconnect":
        return completion.destroy();
      case "stall":
        return untilAborted(completion.signal);
      case "text": {
        const usage = usageFor(completion, countTokens(next.text));
        const message: ChatCompletionMessage = {
          role: "assistant",
          content: next.text,
          refusal: null,
          annotations: [],
        };
        return sendJson(res, 200, completionBody(completion, message, "stop", usage));
      }
      case "tool_call": {
        const call = toolCall(completion, next);
        const usage = usageFor(completion, countTokens(`${call.name} ${call.arguments}`));
        const message: ChatCompletionMessage = {
          role: "assistant",
          content: null,
          refusal: null,
          annotations: [],
          tool_calls: [{ id: call.id, type: "function", function: { name: call.name, arguments: call.arguments } }],
        };
        return sendJson(res, 200, completionBody(completion, message, "tool_calls", usage));
      }
    }
  }

  async function stream(res: ServerResponse, completion: Completion, next: Script): Promise<void> {
    if (next.kind === "error") return sendScriptedError(res, next);

    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      connection: "keep-alive",
    });
    res.flushHeaders();
    const send = (choices: ChunkChoice[], usage?: Usage) =>
      write(res, `data: ${JSON.stringify(chunkBody(completion, choices, usage))}\n\n`);
    const pause = (ms: number) => (ms > 0 ? delay(ms, undefined, { signal: completion.signal }) : undefined);
    const finish = async (reason: FinishReason, usage: Usage) => {
      await send([{ index: 0, delta: {}, logprobs: null, finish_reason: reason }]);
      if (completion.includeUsage) await send([], usage);
      await write(res, "data: [DONE]\n\n");
      res.end();
    };

    if (next.kind === "tool_call") {
      const call = toolCall(completion, next);
      const tokenDelayMs = options.tokenDelayMs ?? 0;
      await send([
        deltaChoice({
          role: "assistant",
          content: null,
          refusal: null,
          tool_calls: [{ index: 0, id: call.id, type: "function", function: { name: call.name, arguments: "" } }],
        }),
      ]);
      for (const fragment of splitEvery(call.arguments, TOOL_ARGUMENT_FRAGMENT_CHARS)) {
        await pause(tokenDelayMs);
        await send([deltaChoice({ tool_calls: [{ index: 0, function: { arguments: fragment } }] })]);
      }
      return finish("tool_calls", usageFor(completion, countTokens(`${call.name} ${call.arguments}`)));
    }

    const text = next.kind === "text" ? next.text : (next.text ?? echoReply(completion.messages));
    const chunkSize = next.kind === "text" ? Math.max(1, next.chunkSize ?? 1) : 1;
    const tokenDelayMs = (next.kind === "text" ? next.tokenDelayMs : undefined) ?? options.tokenDelayMs ?? 0;
    const chunks = groupWords(text, chunkSize);
    const limit = next.kind === "text" ? chunks.length : Math.min(next.afterChunks, chunks.length);

    await send([deltaChoice({ role: "assistant", content: "", refusal: null })]);
    for (const chunk of chunks.slice(0, limit)) {
      await pause(tokenDelayMs);
      await send([deltaChoice({ content: chunk })]);
    }
    if (next.kind === "disconnect") return completion.destroy();
    if (next.kind === "stall") return untilAborted(completion.signal);
    return finish("stop", usageFor(completion, countTokens(text)));
  }

  function sendScriptedError(res: ServerResponse, next: Extract<Script, { kind: "error" }>) {
    if (next.retryAfter !== undefined) {
      res.setHeader("retry-after", String(Math.ceil(next.retryAfter)));
      res.setHeader("retry-after-ms", String(Math.round(next.retryAfter * 1000)));
    }
    sendError(res, next.status, scriptedError(next));
  }

  function usageFor(completion: Completion, completionTokens: number): Usage {
    const promptTokens = completion.messages.reduce<number>(
      (sum, message) => sum + countTokens(messageText(message)),
      0,
    );
    const usage: Usage = {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
    };
    completion.record.usage = usage;
    return usage;
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    script(next) {
      queue.push(...(Array.isArray(next) ? next : [next]));
    },
    async close() {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

interface Completion {
  seq: number;
  id: string;
  created: number;
  model: string;
  messages: unknown[];
  includeUsage: boolean;
  record: RecordedRequest;
  /** Aborted when the response closes, however that happens. */
  signal: AbortSignal;
  destroy(): void;
}

function completionBody(
  completion: Completion,
  message: ChatCompletionMessage,
  finishReason: FinishReason,
  usage: Usage,
): ChatCompletion {
  return {
    id: completion.id,
    object: "chat.completion",
    created: completion.created,
    model: completion.model,
    system_fingerprint: SYSTEM_FINGERPRINT,
    choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason }],
    usage,
  };
}

function chunkBody(completion: Completion, choices: ChunkChoice[], usage?: Usage): ChatCompletionChunk {
  return {
    id: completion.id,
    object: "chat.completion.chunk",
    created: completion.created,
    model: completion.model,
    system_fingerprint: SYSTEM_FINGERPRINT,
    choices,
    // With include_usage OpenAI sends `usage: null` on every chunk but the last; without it, no key.
    ...(completion.includeUsage ? { usage: usage ?? null } : {}),
  };
}

function toolCall(completion: Completion, next: Extract<Script, { kind: "tool_call" }>) {
  return { id: next.id ?? `call_${completion.seq}`, name: next.name, arguments: JSON.stringify(next.arguments) };
}

function deltaChoice(delta: ChunkDelta): ChunkChoice {
  return { index: 0, delta, logprobs: null, finish_reason: null };
}

function describeModel(id: string): OpenAI.Models.Model {
  return { id, object: "model", created: MODELS_CREATED, owned_by: "switchboard-test" };
}

function scriptedError(next: Extract<Script, { kind: "error" }>): OpenAIErrorBody {
  switch (next.status) {
    case 400:
      return { message: next.message ?? "Invalid request.", type: "invalid_request_error", code: null };
    case 401:
      return {
        message: next.message ?? "Incorrect API key provided.",
        type: "invalid_request_error",
        code: "invalid_api_key",
      };
    case 429:
      return { message: next.message ?? "Rate limit reached.", type: "requests", code: "rate_limit_exceeded" };
    case 500:
      return {
        message: next.message ?? "The server had an error while processing your request.",
        type: "server_error",
        code: null,
      };
  }
}

function sendError(res: ServerResponse, status: number, error: OpenAIErrorBody) {
  sendJson(res, status, { error: { ...error, param: null } });
}

/** A message's text: string content, or the text parts of array content. */
function messageText(message: unknown): string {
  if (!isRecord(message)) return "";
  const { content } = message;
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map((part) => (isRecord(part) && part.type === "text" && typeof part.text === "string" ? part.text : ""))
    .join(" ");
}

function echoReply(messages: unknown[]): string {
  const lastUser = messages.findLast((message) => isRecord(message) && message.role === "user");
  const said = messageText(lastUser).trim();
  return said ? `Echo: ${said}` : "Echo.";
}

/** Splits text into chunks of `size` words; each word keeps the whitespace before it. */
function groupWords(text: string, size: number): string[] {
  const words = text.match(/\s*\S+\s*$|\s*\S+/g) ?? [];
  if (words.join("") !== text) return text ? [text] : [];
  const chunks: string[] = [];
  for (let i = 0; i < words.length; i += size) chunks.push(words.slice(i, i + size).join(""));
  return chunks;
}

function splitEvery(text: string, size: number): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size));
  return parts;
}
