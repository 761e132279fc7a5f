import { z } from "zod";
import { CUSTOM_TOOL_NAME } from "../agents/tools";
import { ZId } from "./clients";

export const HTTP_TOOL_METHODS = ["GET", "POST"] as const;
export type HttpToolMethod = (typeof HTTP_TOOL_METHODS)[number];

export const HTTP_TOOL_METHOD_LABELS: Record<HttpToolMethod, string> = {
  GET: "GET — the input goes in the query string",
  POST: "POST — the input goes in a JSON body",
};

export const TIMEOUT_MS = { min: 1_000, max: 30_000, default: 10_000 } as const;

// ---------------------------------------------------------------------------------------------
// The input schema: a small, checked subset of JSON Schema

export const JSON_SCHEMA_TYPES = ["string", "number", "integer", "boolean", "array", "object"] as const;
export type JsonSchemaType = (typeof JSON_SCHEMA_TYPES)[number];

/** One property of a tool's input, in the subset of JSON Schema custom tools accept. */
export type TJsonSchemaProperty = {
  type: JsonSchemaType;
  title?: string;
  description?: string;
  /** Only for string, number, integer and boolean. */
  enum?: (string | number | boolean)[];
  /** Arrays: the schema of every item. */
  items?: TJsonSchemaProperty;
  /** Objects: their properties and which are required. */
  properties?: Record<string, TJsonSchemaProperty>;
  required?: string[];
  /** Objects never take properties they do not list; `false` may be written, nothing else. */
  additionalProperties?: false;
};

/** A custom tool's input: always an object with named properties. */
export type TToolInputSchema = TJsonSchemaProperty & {
  type: "object";
  properties: Record<string, TJsonSchemaProperty>;
  $schema?: string;
};

/** Property names: they become query parameters, JSON keys and `{{placeholders}}`. */
export const PROPERTY_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;
const MAX_DEPTH = 4;
const MAX_PROPERTIES = 50;
const MAX_ENUM_VALUES = 100;
const MAX_SCHEMA_CHARS = 20_000;
const KEYWORDS = ["type", "title", "description", "enum", "items", "properties", "required", "additionalProperties"];
const SCALARS: readonly JsonSchemaType[] = ["string", "number", "integer", "boolean"];

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const describe = (value: unknown) => (Array.isArray(value) ? "an array" : value === null ? "null" : typeof value);

/** A problem, prefixed with where it is ("At properties.city: …") below the top level. */
const say = (at: string, text: string) =>
  at ? `At ${at}: ${text}` : `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** Whether an enum value fits the property's type. */
function fitsType(value: unknown, type: JsonSchemaType): boolean {
  if (type === "string") return typeof value === "string";
  if (type === "boolean") return typeof value === "boolean";
  if (type === "integer") return Number.isInteger(value);
  return typeof value === "number" && Number.isFinite(value);
}

/** Each problem with one (sub)schema, prefixed with where it is ("properties.city"). */
function propertyIssues(schema: unknown, at: string, depth: number): string[] {
  if (!isPlainObject(schema))
    return [say(at, `a schema must be an object like {"type": "string"}, not ${describe(schema)}.`)];
  const issues: string[] = [];
  const unknown = Object.keys(schema).filter((key) => !KEYWORDS.includes(key) && !(at === "" && key === "$schema"));
  if (unknown.length) {
    issues.push(
      say(
        at,
        `${unknown.map((key) => `"${key}"`).join(", ")} ${unknown.length > 1 ? "are" : "is"} not supported. ` +
          `Use only ${KEYWORDS.map((key) => `"${key}"`).join(", ")}.`,
      ),
    );
  }
  const type = schema.type;
  if (!JSON_SCHEMA_TYPES.includes(type as JsonSchemaType)) {
    const got = type === undefined ? "it is missing" : `got ${JSON.stringify(type)}`;
    return [...issues, say(at, `"type" must be one of ${JSON_SCHEMA_TYPES.join(", ")} (${got}).`)];
  }
  for (const key of ["title", "description"] as const) {
    const text = schema[key];
    if (text !== undefined && (typeof text !== "string" || text.length > 1_000))
      issues.push(say(at, `"${key}" must be text of at most 1,000 characters.`));
  }
  const kind = type as JsonSchemaType;
  if (schema.enum !== undefined) issues.push(...enumIssues(schema.enum, kind, at));
  if (kind !== "array" && schema.items !== undefined) issues.push(say(at, `"items" belongs only to "type": "array".`));
  if (kind !== "object") {
    for (const key of ["properties", "required", "additionalProperties"] as const)
      if (schema[key] !== undefined) issues.push(say(at, `"${key}" belongs only to "type": "object".`));
  }
  if (depth >= MAX_DEPTH && (kind === "array" || kind === "object"))
    return [...issues, say(at, `nested too deep: at most ${MAX_DEPTH} levels of objects and arrays.`)];
  if (kind === "array") {
    if (schema.items === undefined) issues.push(say(at, `an array needs "items", the schema of each item.`));
    else issues.push(...propertyIssues(schema.items, at ? `${at}.items` : "items", depth + 1));
  }
  if (kind === "object") issues.push(...objectIssues(schema, at, depth));
  return issues;
}

function enumIssues(values: unknown, type: JsonSchemaType, at: string): string[] {
  if (!SCALARS.includes(type)) return [say(at, `"enum" is only for string, number, integer and boolean.`)];
  if (!Array.isArray(values) || values.length === 0 || values.length > MAX_ENUM_VALUES)
    return [say(at, `"enum" must list 1 to ${MAX_ENUM_VALUES} allowed values.`)];
  const wrong = values.find((value) => !fitsType(value, type));
  if (wrong !== undefined)
    return [say(at, `the "enum" value ${JSON.stringify(wrong)} is not ${type === "integer" ? "an" : "a"} ${type}.`)];
  if (new Set(values).size !== values.length) return [say(at, `"enum" lists a value twice.`)];
  return [];
}

function objectIssues(schema: Record<string, unknown>, at: string, depth: number): string[] {
  const issues: string[] = [];
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false)
    issues.push(say(at, `"additionalProperties" may only be false: a tool takes only the properties it lists.`));
  const properties = schema.properties;
  if (!isPlainObject(properties)) {
    return [...issues, say(at, `an object needs "properties", e.g. {"city": {"type": "string"}}.`)];
  }
  const names = Object.keys(properties);
  if (names.length > MAX_PROPERTIES) issues.push(say(at, `at most ${MAX_PROPERTIES} properties.`));
  for (const name of names) {
    if (!PROPERTY_NAME.test(name))
      issues.push(
        say(
          at,
          `"${name}" is not a usable property name: use letters, digits, _ and -, starting with a letter or _ (at most 64).`,
        ),
      );
  }
  const required = schema.required;
  if (required !== undefined) {
    if (!Array.isArray(required) || !required.every((name) => typeof name === "string"))
      issues.push(say(at, `"required" must be a list of property names.`));
    else {
      const missing = required.filter((name) => !names.includes(name));
      if (missing.length)
        issues.push(
          say(
            at,
            `"required" names ${missing.map((name) => `"${name}"`).join(", ")}, which ${missing.length > 1 ? "are" : "is"} not in "properties".`,
          ),
        );
      if (new Set(required).size !== required.length) issues.push(say(at, `"required" lists a property twice.`));
    }
  }
  for (const name of names) {
    const path = at ? `${at}.properties.${name}` : `properties.${name}`;
    issues.push(...propertyIssues(properties[name], path, depth + 1));
  }
  return issues;
}

/**
 * What is wrong with `value` as a custom tool's input schema, one sentence per problem (empty
 * when it is fine). The subset: `type` (string, number, integer, boolean, array, object),
 * `description`, `title`, `enum`, `items`, `properties`, `required`, `additionalProperties: false`.
 */
export function inputSchemaIssues(value: unknown): string[] {
  if (!isPlainObject(value)) return [`The input schema must be a JSON object, not ${describe(value)}.`];
  if (JSON.stringify(value).length > MAX_SCHEMA_CHARS)
    return [`The input schema is too long: at most ${MAX_SCHEMA_CHARS.toLocaleString("en-US")} characters.`];
  if (value.type !== "object")
    return [`The input schema must have "type": "object" at the top, with the tool's input under "properties".`];
  if (value.$schema !== undefined && typeof value.$schema !== "string") return [`"$schema" must be text.`];
  return propertyIssues(value, "", 0);
}

export const ZToolInputSchema = z.custom<TToolInputSchema>().superRefine((value, ctx) => {
  for (const message of inputSchemaIssues(value)) ctx.addIssue({ code: "custom", message });
});

// ---------------------------------------------------------------------------------------------
// The URL and its {{placeholders}}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The property names `{{…}}` placeholders in `url` stand for, each once, in order. */
export function urlPlaceholders(url: string): string[] {
  return [...new Set([...url.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ""))];
}

/** `url` with each placeholder replaced by what `fill` gives for its property name. */
export function fillPlaceholders(url: string, fill: (name: string) => string): string {
  return url.replace(PLACEHOLDER, (_match, name: string) => fill(name));
}

/** Problems with the URL alone: a valid http(s) address once filled, placeholders only after the host. */
function urlIssues(url: string): string[] {
  const names = urlPlaceholders(url);
  const bad = names.find((name) => !PROPERTY_NAME.test(name));
  if (bad !== undefined) return [`{{${bad}}} is not a property name: use letters, digits, _ and -.`];
  if (/\{\{|\}\}/.test(fillPlaceholders(url, () => "x")))
    return ["Close each placeholder as {{name}}, with two braces on each side."];
  let parsed: URL;
  try {
    parsed = new URL(fillPlaceholders(url, () => "x"));
  } catch {
    return ["Enter a full address like https://api.example.com/v1/weather?city={{city}}."];
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    return ["The URL must start with http:// or https://."];
  const authority = /^[a-z]+:\/\/([^/?#]*)/i.exec(url)?.[1] ?? "";
  if (authority.includes("{{"))
    return ["Placeholders may not be in the host: a tool always calls the same site. Put them in the path or query."];
  if (parsed.username || parsed.password)
    return ["Do not put credentials in the URL; use the auth header, which is stored encrypted."];
  return [];
}

/** Problems between the URL's placeholders and the input schema they are filled from. */
export function placeholderIssues(url: string, schema: TToolInputSchema): string[] {
  const required = new Set(schema.required ?? []);
  return urlPlaceholders(url).flatMap((name) => {
    const property = Object.hasOwn(schema.properties, name) ? schema.properties[name] : undefined;
    if (!property) return [`{{${name}}} in the URL is not a property of the input schema: add "${name}" there.`];
    if (!SCALARS.includes(property.type))
      return [`{{${name}}} goes in the URL, so "${name}" must be a string, number, integer or boolean.`];
    if (!required.has(name)) return [`{{${name}}} is always filled in, so list "${name}" under "required".`];
    return [];
  });
}

export const ZToolUrl = z
  .string()
  .trim()
  .min(1, "Enter the address the tool calls.")
  .max(2_048, "The URL must be at most 2,048 characters.")
  .superRefine((url, ctx) => {
    for (const message of urlIssues(url)) ctx.addIssue({ code: "custom", message });
  });

// ---------------------------------------------------------------------------------------------
// Inputs and output

/** Headers the HTTP client sets itself (safeFetch refuses them too): refused here with a clearer reason. */
const CLIENT_HEADERS = new Set([
  "host",
  "connection",
  "content-length",
  "content-type",
  "transfer-encoding",
  "keep-alive",
  "upgrade",
  "te",
  "trailer",
  "expect",
  "accept-encoding",
]);

const ZAuthHeaderName = z
  .string()
  .trim()
  .min(1, "Name the header, e.g. Authorization or X-Api-Key.")
  .max(100, "The header name must be at most 100 characters.")
  .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, 'A header name has no spaces or punctuation like : ( ) , ; " / [ ].')
  .refine(
    (name) => !CLIENT_HEADERS.has(name.toLowerCase()) && !name.toLowerCase().startsWith("proxy-"),
    "That header is set by the HTTP client; choose another, e.g. Authorization or X-Api-Key.",
  );

const ZAuthHeaderValue = z
  .string()
  .trim()
  .min(1, "Enter the header's value.")
  .max(2_000, "The header value must be at most 2,000 characters.")
  .refine((value) => !/[\r\n\0]/.test(value), "The header value must be on one line.");

const ZToolFields = z.object({
  name: z
    .string()
    .trim()
    .regex(
      CUSTOM_TOOL_NAME,
      "Use 2 to 48 lower-case letters, digits and underscores, starting with a letter (e.g. weather_now).",
    ),
  description: z
    .string()
    .trim()
    .min(1, "Describe what the tool does and when to use it: the model reads this to decide.")
    .max(1_000, "The description must be at most 1,000 characters."),
  method: z.enum(HTTP_TOOL_METHODS),
  url: ZToolUrl,
  inputSchema: ZToolInputSchema,
  authHeaderName: ZAuthHeaderName.optional(),
  timeoutMs: z
    .number()
    .int("Enter whole milliseconds.")
    .min(TIMEOUT_MS.min, "The timeout runs from 1,000 to 30,000 ms.")
    .max(TIMEOUT_MS.max, "The timeout runs from 1,000 to 30,000 ms."),
});

/** The URL's placeholders fit the schema, once each is valid on its own (reported there otherwise). */
function coherent(input: { url?: string; inputSchema?: TToolInputSchema }, ctx: z.RefinementCtx) {
  const { url, inputSchema } = input;
  if (url === undefined || inputSchema === undefined) return;
  if (urlIssues(url).length || inputSchemaIssues(inputSchema).length) return;
  for (const message of placeholderIssues(url, inputSchema)) ctx.addIssue({ code: "custom", path: ["url"], message });
}

export const ZCreateCustomToolInput = ZToolFields.extend({
  timeoutMs: ZToolFields.shape.timeoutMs.default(TIMEOUT_MS.default),
  /** Write-only: stored sealed, never sent back; only its hint is. */
  authHeaderValue: ZAuthHeaderValue.optional(),
})
  .strict()
  .superRefine((input, ctx) => {
    coherent(input, ctx);
    if (input.authHeaderValue !== undefined && input.authHeaderName === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["authHeaderName"],
        message: "Name the header the value is sent in, e.g. Authorization or X-Api-Key.",
      });
    if (input.authHeaderName !== undefined && input.authHeaderValue === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["authHeaderValue"],
        message: "Enter the header's value, or leave the header name empty.",
      });
  });
export type TCreateCustomToolInput = z.infer<typeof ZCreateCustomToolInput>;

export const ZUpdateCustomToolInput = z
  .object({
    id: ZId,
    patch: ZToolFields.partial()
      .extend({
        /** A new value replaces the stored one; omit it to keep the stored value. */
        authHeaderValue: ZAuthHeaderValue.optional(),
        /** Stop sending the auth header: its name and stored value are forgotten. */
        clearAuthHeader: z.literal(true).optional(),
      })
      .strict()
      .superRefine((patch, ctx) => {
        coherent(patch, ctx);
        if (patch.clearAuthHeader && (patch.authHeaderName !== undefined || patch.authHeaderValue !== undefined))
          ctx.addIssue({
            code: "custom",
            path: ["authHeaderValue"],
            message: "Either remove the auth header or set a new one, not both.",
          });
      }),
  })
  .strict();
export type TUpdateCustomToolInput = z.infer<typeof ZUpdateCustomToolInput>;

export const ZDeleteCustomToolInput = z.object({ id: ZId }).strict();
export type TDeleteCustomToolInput = z.infer<typeof ZDeleteCustomToolInput>;

export const ZCustomTool = z.object({
  id: z.string(),
  /** Without the prefix: agents list it as `custom.<name>`. */
  name: z.string(),
  description: z.string(),
  method: z.enum(HTTP_TOOL_METHODS),
  url: z.string(),
  inputSchema: z.custom<TToolInputSchema>(),
  authHeaderName: z.string().nullable(),
  /** `…abcd`; the value itself never leaves the server. */
  authHeaderHint: z.string().nullable(),
  timeoutMs: z.number().int(),
  /** The agents that may call it. */
  agents: z.array(z.object({ id: z.string(), name: z.string() })),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TCustomTool = z.infer<typeof ZCustomTool>;
