import { env } from "../../env";
import type { NodeConfig } from "@/lib/workflow/node-types";
import { MAX_TIMEOUT_MS } from "@/lib/workflow/graph";
import { MAX_RESPONSE_BYTES, presentResponse } from "../../ai/tools/http-request";
import { AppError } from "../../errors";
import { safeFetch, type SafeFetchLimits, type SafeResponse } from "../../http/safe-fetch";
import type { NodeContext, NodeExecutor } from "./types";
import { asText } from "./values";

type HttpConfig = NodeConfig<"http">;

/** Characters of a failed response's body quoted in the step's error. */
export const ERROR_BODY_EXCERPT_CHARS = 300;

/** What an HTTP step passes on: the response as the http.request tool shows it, and its data. */
export type HttpStepOutput = ReturnType<typeof presentResponse> & {
  /** The body parsed as JSON when the response says it is JSON; otherwise the text body (null when binary). */
  data: unknown;
};

/**
 * The server answered outside 2xx. It fails the step (so retry and on-error apply); the
 * response is kept for whoever handles the error.
 */
export class HttpStatusError extends AppError {
  constructor(
    readonly status: number,
    readonly bodyExcerpt: string,
    readonly response: HttpStepOutput,
    message: string,
  ) {
    super("BAD_REQUEST", message);
    this.name = "HttpStatusError";
  }
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;

const hasHeader = (headers: Record<string, string>, name: string) =>
  Object.keys(headers).some((key) => key.toLowerCase() === name);

function isJsonText(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

async function filledHeaders(ctx: NodeContext, config: HttpConfig) {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(config.headers)) {
    const text = asText(await ctx.template(value)).trim();
    // A line break in a header value would start another header: refused, never sent.
    if (CONTROL.test(text)) throw new AppError("BAD_REQUEST", `The ${name} header has a line break once filled in.`);
    headers[name] = text;
  }
  return headers;
}

/** The body as sent: text as written, anything else (a lone expression giving an object) as JSON. */
async function filledBody(ctx: NodeContext, config: HttpConfig) {
  if (!config.body?.trim()) return undefined;
  const value = await ctx.template(config.body);
  if (typeof value === "string") return { text: value, json: isJsonText(value) };
  return { text: JSON.stringify(value ?? null), json: true };
}

function responseData(response: SafeResponse, shown: ReturnType<typeof presentResponse>): unknown {
  const type = response.headers.get("content-type") ?? "";
  if (JSON_TYPE.test(type) && !response.truncated) {
    try {
      return JSON.parse(response.body.toString("utf8")) as unknown;
    } catch {
      // Labelled JSON that is not: passed on as text.
    }
  }
  return shown.body;
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The HTTP step over {@link safeFetch} (public addresses only). Every request carries
 * `Idempotency-Key: ctx.idempotencyKey`, the same for every attempt of the step, so a retried
 * or replayed POST can be recognised by the server (an `Idempotency-Key` header set in the
 * config takes its place). The step's signal stops the request: the run's cancellation and the
 * node's timeout; `limits` exists for tests, which point it at a local server.
 */
export function createHttpExecutor(limits: SafeFetchLimits = {}): NodeExecutor<HttpConfig> {
  return async (ctx, config) => {
    const url = asText(await ctx.template(config.url)).trim();
    if (!url) throw new AppError("BAD_REQUEST", "The address is empty once filled in.");
    const headers = await filledHeaders(ctx, config);
    const body = await filledBody(ctx, config);
    if (body && config.method === "GET")
      throw new AppError(
        "BAD_REQUEST",
        "A GET request cannot carry a body: choose POST, PUT or PATCH, or clear the body.",
      );
    if (body && !hasHeader(headers, "content-type"))
      headers["content-type"] = body.json ? "application/json" : "text/plain; charset=utf-8";
    if (!hasHeader(headers, "idempotency-key")) headers["idempotency-key"] = ctx.idempotencyKey;

    const response = await safeFetch(
      url,
      { method: config.method, headers, body: body?.text, signal: ctx.signal },
      // The step's signal carries its timeout; this only bounds a step the engine gave none.
      { timeoutMs: MAX_TIMEOUT_MS, maxResponseBytes: MAX_RESPONSE_BYTES, ...limits },
    );
    const shown = presentResponse(response);
    const output: HttpStepOutput = { ...shown, data: responseData(response, shown) };
    if (response.status < 200 || response.status > 299) {
      const excerpt = oneLine(shown.body ?? shown.note ?? "").slice(0, ERROR_BODY_EXCERPT_CHARS);
      const target = new URL(response.url);
      throw new HttpStatusError(
        response.status,
        excerpt,
        output,
        `${config.method} ${target.host}${target.pathname} answered ${response.status}${
          response.statusText ? ` ${response.statusText}` : ""
        }${excerpt ? `: ${excerpt}` : "."}`,
      );
    }
    return { kind: "done", output };
  };
}

/**
 * The HTTP step as workflows run it: public addresses only, unless the operator lists private
 * ones in WORKFLOW_HTTP_ALLOW_PRIVATE (a self-hosted agency's internal services).
 */
export const httpExecutor: NodeExecutor<HttpConfig> = (ctx, config) => {
  const allowed = env().WORKFLOW_HTTP_ALLOW_PRIVATE;
  return createHttpExecutor(allowed.length ? { allowAddress: (address) => allowed.includes(address) } : {})(
    ctx,
    config,
  );
};
