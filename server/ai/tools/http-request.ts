import { z } from "zod";
import { safeFetch, type SafeFetchLimits, type SafeResponse } from "../../http/safe-fetch";
import type { AgentTool } from "./types";

/** Characters of response body the model gets; the rest is cut and marked. */
export const MAX_BODY_CHARS = 20_000;
/** Bytes read from the network: a little more than the model will see once decoded. */
export const MAX_RESPONSE_BYTES = 256 * 1024;
const SHOWN_HEADERS = [
  "content-type",
  "content-length",
  "content-language",
  "last-modified",
  "etag",
  "cache-control",
  "location",
  "retry-after",
];
const TEXTUAL = /^(text\/|application\/(?:[\w.+-]+\+)?(?:json|xml|javascript|x-www-form-urlencoded)\b)/i;

const ZHttpRequestInput = z
  .object({
    url: z.url({ protocol: /^https?$/, error: "Give a full http:// or https:// address." }).max(2048),
    method: z.enum(["GET", "POST"]).default("GET"),
    headers: z
      .record(z.string().max(100), z.string().max(2000))
      .optional()
      .describe("Extra request headers, e.g. an Accept or an API key header."),
    body: z.string().max(100_000).optional().describe("A text body for POST (set a content-type header)."),
    json: z.unknown().optional().describe("A JSON body for POST, sent as application/json. Use body or json."),
  })
  .strict()
  .refine((input) => input.body === undefined || input.json === undefined, "Send either body or json, not both.")
  .refine(
    (input) => input.method === "POST" || (input.body === undefined && input.json === undefined),
    "Only a POST request can carry a body.",
  );
type THttpRequestInput = z.infer<typeof ZHttpRequestInput>;

function bodyText(response: SafeResponse): { body: string | null; truncated: boolean } {
  const contentType = response.headers.get("content-type") ?? "";
  const textual = contentType ? TEXTUAL.test(contentType) : !response.body.includes(0);
  if (!textual) return { body: null, truncated: response.truncated };
  const text = response.body.toString("utf8");
  return text.length > MAX_BODY_CHARS
    ? { body: text.slice(0, MAX_BODY_CHARS), truncated: true }
    : { body: text, truncated: response.truncated };
}

/** Shapes a response for the model: status, a few useful headers, and a text body cut to size. */
export function presentResponse(response: SafeResponse) {
  const { body, truncated } = bodyText(response);
  return {
    url: response.url,
    status: response.status,
    statusText: response.statusText,
    headers: Object.fromEntries(
      SHOWN_HEADERS.flatMap((name) => {
        const value = response.headers.get(name);
        return value === null ? [] : [[name, value]];
      }),
    ),
    body,
    ...(body === null && { note: `A binary body of ${response.body.length} bytes is not shown.` }),
    truncated,
  };
}

/**
 * The http.request tool over {@link safeFetch}. `limits` exists for tests, which point it at a
 * local server; the app uses {@link httpRequest}.
 */
export function createHttpRequestTool(limits: SafeFetchLimits = {}) {
  return {
    name: "http.request",
    description:
      "Fetch a public web address with GET, or POST a text or JSON body. Returns the status, a few headers " +
      `and the body as text (cut at ${MAX_BODY_CHARS} characters). Private, internal and local addresses are ` +
      "refused; at most 3 redirects are followed; the request stops after 10 seconds.",
    inputSchema: ZHttpRequestInput,
    async execute(_ctx, input, { abortSignal }) {
      const json = input.json !== undefined;
      const response = await safeFetch(
        input.url,
        {
          method: input.method,
          headers: { ...(json && { "content-type": "application/json" }), ...input.headers },
          body: json ? JSON.stringify(input.json) : input.body,
          signal: abortSignal,
        },
        { maxResponseBytes: MAX_RESPONSE_BYTES, ...limits },
      );
      return presentResponse(response);
    },
  } satisfies AgentTool<THttpRequestInput>;
}

export const httpRequest = createHttpRequestTool();
