import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
import { isRecord, parseObject, readBody, sendJson, untilAborted, write } from "./http-plumbing";

/**
 * What the server does with the next `POST /v1/messages`. Scripts are consumed in order, one per
 * authorized, well-formed request; with none left it echoes the last user message.
 */
export type Script =
  /** Text split into whitespace-delimited words, `chunkSize` words (default 1) per `text_delta`. */
  | { kind: "text"; text: string; chunkSize?: number; tokenDelayMs?: number }
  /**
   * One `tool_use` block, its input streamed as `input_json_delta` fragments; `id` defaults to
   * `toolu_test_<n>`. With `text`, a text block comes first, as Claude often says what it is doing.
   */
  | { kind: "tool_use"; name: string; input: Record<string, unknown>; id?: string; text?: string }
  /**
   * An HTTP error in Anthropic's shape. `retryAfter` (seconds) sets `retry-after`; Anthropic sends
   * whole seconds, fractions keep retry tests fast (the AI SDK parses it as a float).
   */
  | { kind: "error"; status: 400 | 401 | 429 | 500 | 529; message?: string; retryAfter?: number }
  /**
   * Streams `text` (default: the echo reply) and destroys the socket after `afterChunks` text
   * deltas, before the block and the message end. A non-streaming request gets no answer at all.
   */
  | { kind: "disconnect"; afterChunks: number; text?: string }
  /** Like `disconnect`, but then sends nothing and holds the connection until the client leaves. */
  | { kind: "stall"; afterChunks: number; text?: string };

/** Anthropic's usage block, as the server reported it for one message. */
export type Usage = { input_tokens: number; output_tokens: number };

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/v1/messages`. */
  path: string;
  /** The request target as sent, query string included. */
  url: string;
  /** Lower-cased, as Node gives them: `headers["x-api-key"]`, `headers["anthropic-version"]`. */
  headers: IncomingHttpHeaders;
  /** The parsed JSON body; `{}` when there was none or it was not an object. */
  body: Record<string, unknown>;
  /** The HTTP status the server answered with, once it has. */
  status?: number;
  /** The usage the server reported, once it has answered with a message. */
  usage?: Usage;
  /** True when the client closed the connection before the response was complete. */
  closedByClient: boolean;
}

export interface AnthropicServerOptions {
  /** When set, every request must carry `x-api-key: <apiKey>` or gets a 401. */
  apiKey?: string;
  /** Ids listed by `GET /v1/models`, newest first. Messages are not checked against them. */
  models?: string[];
  /** Pause before each streamed text delta unless a script sets its own. Default 0. */
  tokenDelayMs?: number;
}

export interface AnthropicServer {
  /** Base URL including `/v1`, ready for `createAnthropic({ baseURL })`. */
  url: string;
  requests: RecordedRequest[];
  script(next: Script | Script[]): void;
  /** Destroys every open connection, stalled ones included, and stops the server. */
  close(): Promise<void>;
}

type ErrorType =
  | "invalid_request_error"
  | "authentication_error"
  | "not_found_error"
  | "rate_limit_error"
  | "api_error"
  | "overloaded_error";

type StopReason = "end_turn" | "tool_use";

type ContentBlock =
  { type: "text"; text: string } | { type: "tool_use"; id: string; name: string; input: Record<string, unknown> };

type StreamEvent =
  | { type: "message_start"; message: ReturnType<typeof messageBody> }
  | { type: "content_block_start"; index: number; content_block: ContentBlock }
  | { type: "ping" }
  | {
      type: "content_block_delta";
      index: number;
      delta: { type: "text_delta"; text: string } | { type: "input_json_delta"; partial_json: string };
    }
  | { type: "content_block_stop"; index: number }
  | {
      type: "message_delta";
      delta: { stop_reason: StopReason; stop_sequence: null };
      usage: Pick<Usage, "output_tokens">;
    }
  | { type: "message_stop" };

/** The `anthropic-version` every request must name; the only one there is. */
export const ANTHROPIC_VERSION = "2023-06-01";

const MODELS_NEWEST = Date.UTC(2025, 9, 1);
const DAY_MS = 86_400_000;
const DEFAULT_PAGE = 20;
const MAX_PAGE = 1000;
const TOOL_INPUT_FRAGMENT_CHARS = 8;

/** The server's token count: whitespace-separated words. Usage numbers are built from it. */
export function countTokens(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** Starts the fake Anthropic Messages API on 127.0.0.1 with a free port. */
export async function startAnthropicServer(options: AnthropicServerOptions = {}): Promise<AnthropicServer> {
  const models = options.models ?? ["claude-haiku-4-5"];
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
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname;
    const rawBody = await readBody(req);
    const record: RecordedRequest = {
      method: req.method ?? "GET",
      path,
      url: req.url ?? "/",
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
    const reply = (status: number, body: unknown) => {
      record.status = status;
      sendJson(res, status, body);
    };
    const fail = (status: number, type: ErrorType, message: string) =>
      reply(status, { type: "error", error: { type, message }, request_id: `req_test_${served}` });

    served += 1;
    res.setHeader("request-id", `req_test_${served}`);

    if (options.apiKey !== undefined) {
      const key = req.headers["x-api-key"];
      if (key !== options.apiKey) {
        return fail(401, "authentication_error", key ? "invalid x-api-key" : "x-api-key header is required");
      }
    }
    if (!req.headers["anthropic-version"]) {
      return fail(400, "invalid_request_error", "anthropic-version: header is required");
    }

    if (req.method === "GET" && path === "/v1/models") {
      return reply(200, modelPage(models, url.searchParams));
    }
    const modelMatch = /^\/v1\/models\/([^/]+)$/.exec(path);
    if (req.method === "GET" && modelMatch?.[1] !== undefined) {
      const id = decodeURIComponent(modelMatch[1]);
      const index = models.indexOf(id);
      if (index < 0) return fail(404, "not_found_error", `model: ${id}`);
      return reply(200, describeModel(id, index));
    }
    if (req.method === "POST" && path === "/v1/messages") {
      const body = parseObject(rawBody);
      if (
        body === undefined ||
        typeof body.model !== "string" ||
        !Array.isArray(body.messages) ||
        typeof body.max_tokens !== "number"
      ) {
        return fail(
          400,
          "invalid_request_error",
          "The request body must be a JSON object with a string 'model', a 'messages' array and a number 'max_tokens'.",
        );
      }
      const message: Message = {
        seq: served,
        id: `msg_test_${served}`,
        model: body.model,
        inputTokens: countTokens([contentText(body.system), ...body.messages.map(messageText)].join(" ")),
        messages: body.messages,
        record,
        signal: done.signal,
        destroy,
      };
      const next = queue.shift() ?? { kind: "text", text: echoReply(body.messages) };
      if (next.kind === "error") return sendScriptedError(next);
      return body.stream === true ? stream(res, message, next) : respond(message, next);
    }
    return fail(404, "not_found_error", `Not found: ${req.method ?? "GET"} ${path}`);

    function sendScriptedError(next: Extract<Script, { kind: "error" }>) {
      if (next.retryAfter !== undefined) res.setHeader("retry-after", String(next.retryAfter));
      const [type, message] = scriptedError(next.status);
      fail(next.status, type, next.message ?? message);
    }

    async function respond(message: Message, next: Exclude<Script, { kind: "error" }>): Promise<void> {
      switch (next.kind) {
        case "disconnect":
          return message.destroy();
        case "stall":
          return untilAborted(message.signal);
        case "text":
          return reply(200, finalMessage(message, [{ type: "text", text: next.text }], "end_turn"));
        case "tool_use": {
          const blocks: ContentBlock[] = next.text ? [{ type: "text", text: next.text }] : [];
          blocks.push(toolUse(message, next));
          return reply(200, finalMessage(message, blocks, "tool_use"));
        }
      }
    }
  }

  async function stream(
    res: ServerResponse,
    message: Message,
    next: Exclude<Script, { kind: "error" }>,
  ): Promise<void> {
    message.record.status = 200;
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      connection: "keep-alive",
    });
    res.flushHeaders();
    const send = (event: StreamEvent) => write(res, `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    const pause = (ms: number) => (ms > 0 ? delay(ms, undefined, { signal: message.signal }) : undefined);
    const textBlock = async (index: number, chunks: string[], tokenDelayMs: number) => {
      await send({ type: "content_block_start", index, content_block: { type: "text", text: "" } });
      for (const text of chunks) {
        await pause(tokenDelayMs);
        await send({ type: "content_block_delta", index, delta: { type: "text_delta", text } });
      }
    };
    const finish = async (stopReason: StopReason, usage: Usage) => {
      await send({
        type: "message_delta",
        delta: { stop_reason: stopReason, stop_sequence: null },
        usage: { output_tokens: usage.output_tokens },
      });
      await send({ type: "message_stop" });
      res.end();
    };

    // The input tokens are known up front and come with message_start; the output count, with message_delta.
    await send({ type: "message_start", message: messageBody(message, [], null, { output_tokens: 1 }) });
    await send({ type: "ping" });

    if (next.kind === "tool_use") {
      const call = toolUse(message, next);
      let index = 0;
      if (next.text) {
        await textBlock(index, groupWords(next.text, 1), options.tokenDelayMs ?? 0);
        await send({ type: "content_block_stop", index });
        index += 1;
      }
      await send({ type: "content_block_start", index, content_block: { ...call, input: {} } });
      // Anthropic opens every tool input with an empty fragment.
      for (const fragment of ["", ...splitEvery(JSON.stringify(call.input), TOOL_INPUT_FRAGMENT_CHARS)]) {
        await send({ type: "content_block_delta", index, delta: { type: "input_json_delta", partial_json: fragment } });
      }
      await send({ type: "content_block_stop", index });
      return finish("tool_use", usageFor(message, [{ type: "text", text: next.text ?? "" }, call]));
    }

    const text = next.kind === "text" ? next.text : (next.text ?? echoReply(message.messages));
    const chunkSize = next.kind === "text" ? Math.max(1, next.chunkSize ?? 1) : 1;
    const tokenDelayMs = (next.kind === "text" ? next.tokenDelayMs : undefined) ?? options.tokenDelayMs ?? 0;
    const chunks = groupWords(text, chunkSize);
    const limit = next.kind === "text" ? chunks.length : Math.min(next.afterChunks, chunks.length);

    await textBlock(0, chunks.slice(0, limit), tokenDelayMs);
    if (next.kind === "disconnect") return message.destroy();
    if (next.kind === "stall") return untilAborted(message.signal);
    await send({ type: "content_block_stop", index: 0 });
    return finish("end_turn", usageFor(message, [{ type: "text", text }]));
  }

  function finalMessage(message: Message, content: ContentBlock[], stopReason: StopReason) {
    return messageBody(message, content, stopReason, usageFor(message, content));
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

interface Message {
  seq: number;
  id: string;
  model: string;
  inputTokens: number;
  messages: unknown[];
  record: RecordedRequest;
  /** Aborted when the response closes, however that happens. */
  signal: AbortSignal;
  destroy(): void;
}

function messageBody(
  message: Message,
  content: ContentBlock[],
  stopReason: StopReason | null,
  usage: Pick<Usage, "output_tokens">,
) {
  return {
    id: message.id,
    type: "message" as const,
    role: "assistant" as const,
    model: message.model,
    content,
    stop_reason: stopReason,
    stop_sequence: null,
    usage: { input_tokens: message.inputTokens, output_tokens: usage.output_tokens },
  };
}

/** Records and returns the usage of an answer made of `content`. */
function usageFor(message: Message, content: ContentBlock[]): Usage {
  const outputTokens = content.reduce(
    (sum, block) =>
      sum + countTokens(block.type === "text" ? block.text : `${block.name} ${JSON.stringify(block.input)}`),
    0,
  );
  const usage: Usage = { input_tokens: message.inputTokens, output_tokens: outputTokens };
  message.record.usage = usage;
  return usage;
}

function toolUse(message: Message, next: Extract<Script, { kind: "tool_use" }>) {
  return { type: "tool_use" as const, id: next.id ?? `toolu_test_${message.seq}`, name: next.name, input: next.input };
}

/** One page of `GET /v1/models`: `limit` (default 20, at most 1000) after `after_id` or before `before_id`. */
function modelPage(models: string[], query: URLSearchParams) {
  const limit = Math.min(MAX_PAGE, Math.max(1, Number(query.get("limit") ?? DEFAULT_PAGE) || DEFAULT_PAGE));
  const afterId = query.get("after_id");
  const beforeId = query.get("before_id");
  let start: number;
  let end: number;
  if (afterId === null && beforeId !== null) {
    end = Math.max(0, models.indexOf(beforeId));
    start = Math.max(0, end - limit);
  } else {
    start = afterId === null ? 0 : models.indexOf(afterId) + 1;
    end = Math.min(models.length, start + limit);
  }
  const page = models.slice(start, end).map((id, i) => describeModel(id, start + i));
  return {
    data: page,
    has_more: afterId === null && beforeId !== null ? start > 0 : end < models.length,
    first_id: page[0]?.id ?? null,
    last_id: page.at(-1)?.id ?? null,
  };
}

function describeModel(id: string, index: number) {
  return {
    type: "model" as const,
    id,
    display_name: id,
    // Listed newest first, as Anthropic does.
    created_at: new Date(MODELS_NEWEST - index * DAY_MS).toISOString(),
  };
}

function scriptedError(status: Extract<Script, { kind: "error" }>["status"]): [ErrorType, string] {
  switch (status) {
    case 400:
      return ["invalid_request_error", "Invalid request."];
    case 401:
      return ["authentication_error", "invalid x-api-key"];
    case 429:
      return ["rate_limit_error", "Number of requests has exceeded your rate limit. Please try again later."];
    case 500:
      return ["api_error", "Internal server error"];
    case 529:
      return ["overloaded_error", "Overloaded"];
  }
}

/** The text of string content or of content blocks: text, tool results and tool inputs. */
function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map((block) => {
      if (!isRecord(block)) return "";
      if (block.type === "text" && typeof block.text === "string") return block.text;
      if (block.type === "tool_result") return contentText(block.content);
      if (block.type === "tool_use") return `${String(block.name)} ${JSON.stringify(block.input)}`;
      return "";
    })
    .join(" ");
}

function messageText(message: unknown): string {
  return isRecord(message) ? contentText(message.content) : "";
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
