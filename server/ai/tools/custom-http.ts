import { z } from "zod";
import {
  fillPlaceholders,
  urlPlaceholders,
  type TJsonSchemaProperty,
  type TToolInputSchema,
} from "@/lib/schemas/custom-tools";
import { AppError } from "../../errors";
import { safeFetch, type SafeFetchLimits } from "../../http/safe-fetch";
import type { CustomToolDefinition } from "../../services/custom-tools/custom-tools";
import { MAX_RESPONSE_BYTES, presentResponse } from "./http-request";
import type { AgentTool } from "./types";

type JsonSchema = Parameters<typeof z.fromJSONSchema>[0];

/** The stored schema with every object closed: the model may send only the properties listed. */
function closed({ properties, items, ...rest }: TJsonSchemaProperty): TJsonSchemaProperty {
  return {
    ...rest,
    ...(items && { items: closed(items) }),
    ...(rest.type === "object" && {
      properties: Object.fromEntries(Object.entries(properties ?? {}).map(([name, sub]) => [name, closed(sub)])),
      additionalProperties: false as const,
    }),
  };
}

/**
 * The zod schema a custom tool's input is checked with, from its stored JSON Schema (already
 * checked to be the supported subset when saved, see `inputSchemaIssues`). It turns back into
 * the same JSON Schema for the model.
 */
export function customToolInputSchema(schema: TToolInputSchema): z.ZodType<Record<string, unknown>> {
  // `$schema` is the author's note on the dialect; the subset reads the same in every draft.
  const { $schema: _dialect, ...rest } = schema;
  return z.fromJSONSchema(closed(rest) as JsonSchema) as z.ZodType<Record<string, unknown>>;
}

/** How one input value travels in a query string: arrays repeat the key, objects go as JSON. */
function queryValues(value: unknown): string[] {
  const text = (item: unknown) => (typeof item === "object" && item !== null ? JSON.stringify(item) : String(item));
  return Array.isArray(value) ? value.map(text) : [text(value)];
}

/** The address with its placeholders filled (URL-encoded), and the input they did not use. */
function target(def: CustomToolDefinition, input: Record<string, unknown>) {
  const inUrl = new Set(urlPlaceholders(def.url));
  const filled = fillPlaceholders(def.url, (name) => {
    const value = input[name];
    if (value === undefined || value === null || typeof value === "object")
      throw new AppError("BAD_REQUEST", `Give "${name}": it goes in the address.`);
    // Encoded or not, "." and ".." are path steps a URL parser resolves: they would leave the tool's path.
    if (value === "." || value === "..")
      throw new AppError("BAD_REQUEST", `"${name}" cannot be "${value}": it goes in the address.`);
    return encodeURIComponent(String(value));
  });
  let url: URL;
  try {
    url = new URL(filled);
  } catch {
    throw new AppError("BAD_REQUEST", `The address of custom.${def.name} is not valid once filled in.`);
  }
  const rest = Object.entries(input).filter(([name, value]) => !inUrl.has(name) && value !== undefined);
  return { url, rest };
}

/** A JSON answer is handed over parsed; anything else, or JSON cut short, stays text. */
function parsedBody(shown: ReturnType<typeof presentResponse>, contentType: string | null) {
  if (shown.body === null || shown.truncated || !/\bjson\b/i.test(contentType ?? "")) return shown;
  try {
    return { ...shown, body: JSON.parse(shown.body) as unknown };
  } catch {
    return shown;
  }
}

/**
 * An agency's custom HTTP tool as an agent tool named `custom.<name>`: fills the URL's
 * `{{field}}` placeholders from the input, sends the other fields as the query string (GET) or a
 * JSON body (POST) with the tool's auth header, through {@link safeFetch} (public addresses only,
 * the tool's own timeout). Returns the status, a few headers and the body, parsed when it is JSON.
 * `limits` exists for tests, which point it at a local server.
 */
export function customHttpTool(
  def: CustomToolDefinition,
  limits: SafeFetchLimits = {},
): AgentTool<Record<string, unknown>> {
  return {
    name: `custom.${def.name}`,
    description: def.description,
    inputSchema: customToolInputSchema(def.inputSchema),
    async execute(_ctx, input, { abortSignal }) {
      if (def.unavailable) throw new AppError("PRECONDITION_FAILED", def.unavailable);
      const { url, rest } = target(def, input);
      const post = def.method === "POST";
      if (!post)
        for (const [name, value] of rest) for (const item of queryValues(value)) url.searchParams.append(name, item);
      const response = await safeFetch(
        url,
        {
          method: def.method,
          headers: {
            accept: "application/json, text/*;q=0.9, */*;q=0.8",
            ...(post && { "content-type": "application/json" }),
            ...(def.authHeader && { [def.authHeader.name]: def.authHeader.value }),
          },
          body: post ? JSON.stringify(Object.fromEntries(rest)) : undefined,
          signal: abortSignal,
        },
        { timeoutMs: def.timeoutMs, maxResponseBytes: MAX_RESPONSE_BYTES, ...limits },
      );
      return parsedBody(presentResponse(response), response.headers.get("content-type"));
    },
  };
}
