import type { JSONObject, JSONValue, LanguageModelV3FunctionTool } from "@ai-sdk/provider";

/**
 * Intent matching for the built-in offline model: which offered tool a user message asks for,
 * and arguments for it that satisfy the tool's JSON schema. Everything here is a pure function
 * of its inputs so the offline model stays deterministic.
 */

export type OfflineTool = Pick<LanguageModelV3FunctionTool, "name" | "description" | "inputSchema">;
type JsonSchema = LanguageModelV3FunctionTool["inputSchema"];
type SchemaNode = JsonSchema | boolean;
type Hints = Readonly<Record<string, JSONValue>>;

export interface OfflineToolCall {
  toolName: string;
  input: JSONObject;
}

interface Intent {
  /** Whether the message asks for this, by keywords. */
  asks: RegExp | ((message: string) => boolean);
  /** Matched against tool names normalized to lower-case dotted words (`clients_search` -> `clients.search`). */
  tool: RegExp;
  /** Argument values by normalized property name; used wherever the schema has such a property. */
  hints: (message: string, today: Date) => Hints;
  /** A phrase that triggers this intent, shown in the offline model's help text. */
  example: string;
}

const EMAIL_ADDRESS = /[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/;
/** "delegate to Analytics: …", "hand this over to the Creative Intelligence agent, …": the agent, then the rest. */
const DELEGATE_TO =
  /\b(?:delegate|hand)\b(?:\s+(?:this|it))?(?:\s+(?:off|over))?\s+to\s+(?:the\s+)?([\p{L}\p{N}][\p{L}\p{N} &'-]*?)(?:\s+agent)?\s*(?:[:,]|\bto\b)(.*)$/isu;

/** Ordered by precedence: "send an email reminding the client…" is an email, not a task or a client search. */
const INTENTS: readonly Intent[] = [
  {
    // First: "delegate to Analytics: show performance" hands off the metrics question, it does not ask it.
    asks: /\b(delegate|hand\s+(?:(?:this|it)\s+)?(?:off|over)\s+to)\b/i,
    tool: /^agents?\.(delegate|handoff|hand\.off)\b/,
    hints: (message) => {
      const handOff = DELEGATE_TO.exec(message);
      const task = afterColon(message) ?? handOff?.[2]?.trim() ?? message.trim();
      return {
        ...pick(["agent", "agentname", "to", "assignee"], handOff?.[1]?.trim()),
        ...pick(["task", "prompt", "message", "instructions"], task),
      };
    },
    example: "delegate to Analytics: how did campaigns perform in the last 30 days?",
  },
  {
    asks: (message) => /\be-?mail/i.test(message) && /\bsend/i.test(message),
    tool: /^(emails?\.send|send\.emails?)\b/,
    hints: (message) => {
      const body = quoted(message) ?? afterColon(message) ?? message.trim();
      return {
        ...pick(["to", "recipient", "email", "address", "toemail"], EMAIL_ADDRESS.exec(message)?.[0]),
        ...pick(["subject", "title"], aboutPhrase(message) ?? "Message from Switchboard"),
        ...pick(["body", "text", "html", "message", "content"], body),
      };
    },
    example: "send an email to ana@example.com about the launch",
  },
  {
    asks: /\bbrand[\s-]*(check|guidelines|rules|voice|safe)|\bbanned\b|\bon[\s-]brand\b/i,
    tool: /^brand\.(check|lint|review|scan)\b/,
    hints: (message) => ({
      ...pick(["text", "copy", "content", "input"], copyText(message)),
      ...pick(["client", "clientname", "brand", "brandname"], brandClient(message)),
    }),
    example: 'brand check for Bluebird Coffee: "Our cheapest coffee ever"',
  },
  {
    asks: /\baida\b|\bscore\b.*\bcopy\b|\bcopy\s+score/i,
    tool: /^copy\.(aida|score)\b/,
    hints: (message) => pick(["text", "copy", "content", "input"], copyText(message)),
    example: 'score this copy with AIDA: "Wake up to better coffee"',
  },
  {
    asks: /\b(tasks?|todos?|to-dos?|remind|reminder)\b/i,
    tool: /^(tasks?\.(create|add|new)|reminders?\.(create|add))\b/,
    hints: (message) => pick(["title", "name", "text", "summary"], taskTitle(message)),
    example: "create a task to call Bluebird about the brief",
  },
  {
    asks: /\b(metrics?|performance|ctr|roas|spend|cpc|cpa|cpm|impressions|clicks|conversions)\b/i,
    tool: /^(campaigns?\.metrics|metrics\.(get|query|summary|list)|campaigns?\.performance)\b/,
    hints: (message, today) => dateRangeHints(message, today),
    example: "show campaign performance for the last 30 days",
  },
  {
    asks: /\b(clients?|customers?)\b/i,
    tool: /^clients?\.(search|list|find|query)\b/,
    hints: (message) => pick(["query", "q", "search", "term", "text"], clientQuery(message)),
    example: "find clients named Bluebird",
  },
];

/** Turns `clients_search`, `clientsSearch` and `clients.search` into `clients.search`. */
export function normalizeToolName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1.$2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(".");
}

/** The first intent the message asks for whose tool is offered and whose arguments can be built. */
export function matchIntent(message: string, tools: readonly OfflineTool[], today: Date): OfflineToolCall | undefined {
  for (const intent of INTENTS) {
    const asked = typeof intent.asks === "function" ? intent.asks(message) : intent.asks.test(message);
    if (!asked) continue;
    for (const tool of tools) {
      if (!intent.tool.test(normalizeToolName(tool.name))) continue;
      const call = buildCall(tool, intent.hints(message, today), today);
      if (call) return call;
    }
  }
  return mentionedTool(message, tools, today);
}

/** Used when the caller forces a tool call: the best guess, never nothing. */
export function forcedCall(message: string, tools: readonly OfflineTool[], today: Date): OfflineToolCall | undefined {
  const matched = matchIntent(message, tools, today);
  if (matched) return matched;
  const first = tools[0];
  if (!first) return undefined;
  return buildCall(first, genericHints(message), today) ?? { toolName: first.name, input: {} };
}

/** A trigger phrase for the tool, if an intent knows one. */
export function exampleFor(toolName: string): string | undefined {
  const normalized = normalizeToolName(toolName);
  return INTENTS.find((intent) => intent.tool.test(normalized))?.example;
}

/** A value for a JSON schema with every string filled by `text`: the offline model's structured output. */
export function sampleValue(schema: JsonSchema, text: string, today: Date): JSONValue {
  const value = fill(schema, undefined, { root: schema, hints: {}, mode: "sample", text, today, depth: 0 });
  return value === MISSING ? null : value;
}

function buildCall(tool: OfflineTool, hints: Hints, today: Date): OfflineToolCall | undefined {
  const schema = tool.inputSchema;
  const value = fill(schema, undefined, { root: schema, hints, mode: "args", text: "", today, depth: 0 });
  if (value === MISSING || value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  return { toolName: tool.name, input: value };
}

/** A tool named outright ("run clients.search", "use brand check"): call it with the message as text. */
function mentionedTool(message: string, tools: readonly OfflineTool[], today: Date): OfflineToolCall | undefined {
  const spoken = ` ${normalizeToolName(message).replaceAll(".", " ")} `;
  for (const tool of tools) {
    if (!spoken.includes(` ${normalizeToolName(tool.name).replaceAll(".", " ")} `)) continue;
    const call = buildCall(tool, genericHints(message), today);
    if (call) return call;
  }
  return undefined;
}

function genericHints(message: string): Hints {
  const text = quoted(message) ?? afterColon(message) ?? message.trim();
  return pick(["query", "q", "text", "input", "content", "copy", "title", "prompt", "message"], text);
}

// ---------------------------------------------------------------------------------------------
// Extracting argument values from the message

const CLIENT_STOPWORDS = new Set(
  (
    "a about account accounts all an and any are can client clients customer customers do does find for get give " +
    "have i in is list look lookup matching me my named called need of on our please search see show tell the " +
    "their them to up us want we which who with what you your"
  ).split(" "),
);

function clientQuery(message: string): string {
  const explicit = quoted(message);
  if (explicit !== undefined) return explicit;
  return message
    .replace(/[^\p{L}\p{N}&'\s-]/gu, " ")
    .split(/\s+/)
    .filter((word) => word && !CLIENT_STOPWORDS.has(word.toLowerCase()))
    .join(" ");
}

function taskTitle(message: string): string {
  const explicit = quoted(message);
  if (explicit !== undefined) return explicit;
  const rest = /\b(?:remind(?:er)?|tasks?|todos?|to-dos?)\b(.*)$/is.exec(message)?.[1] ?? "";
  const title = rest
    .replace(/^\s*(?:me\b)?[\s:,-]*(?:(?:to|that|for me to|called|named)\b)?[\s:,-]*/i, "")
    .replace(/[\s.!?]+$/, "")
    .trim();
  const text = title || message.trim().replace(/[\s.!?]+$/, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The copy to check: quoted text, else what follows a colon or the first line, else the whole message. */
function copyText(message: string): string {
  const newline = message.indexOf("\n");
  const belowFirstLine = newline >= 0 ? message.slice(newline + 1).trim() : "";
  return quoted(message) ?? afterColon(message) ?? (belowFirstLine || message.trim());
}

const QUOTED = /"([^"]+)"|“([^”]+)”|`([^`]+)`/;
const NAME_STOPWORDS = new Set(
  (
    "a an and any can check copy could do final for it me my new our please quick quickly run see the these this " +
    "those to us we you your client"
  ).split(" "),
);
const RULES_WORD = "(?:brand|rules|guidelines|guide|voice|tone|style)";

/**
 * The client whose brand rules a message means, from the words around the copy: "brand check for
 * Acme: …", "… against Bluebird Coffee's brand rules", "Acme brand check: …". Undefined when
 * the message names none, so the tool asks for one rather than guessing.
 */
function brandClient(message: string): string | undefined {
  const quote = QUOTED.exec(message);
  const end = [message.indexOf(":"), message.indexOf("\n")].filter((index) => index >= 0);
  const around = quote
    ? [message.slice(0, quote.index), message.slice(quote.index + quote[0].length)]
    : [message.slice(0, Math.min(message.length, ...end))];
  for (const part of around) {
    const name = clientNameIn(part);
    if (name) return name;
  }
  return undefined;
}

function clientNameIn(text: string): string | undefined {
  const after = /.*\b(?:for|against)\s+(.+)$/isu.exec(text)?.[1];
  const possessive = new RegExp(
    `((?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.-]*\\s+){0,4}[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.-]*)['’]s\\s+${RULES_WORD}\\b`,
    "u",
  ).exec(text)?.[1];
  const before = new RegExp(`^(.*?)\\s*\\bbrand[\\s-]*(?:check|rules|guidelines|voice)`, "isu").exec(text)?.[1];
  for (const candidate of [after, possessive, before]) {
    const name = cleanName(candidate ?? "");
    if (name) return name;
  }
  return undefined;
}

/** A candidate name without leading filler ("the client"), a trailing "'s brand rules" or punctuation. */
function cleanName(candidate: string): string | undefined {
  const words = candidate
    .replace(new RegExp(`(?:['’]s\\s+${RULES_WORD}|\\s+(?:brand|rules|guidelines))\\b.*$`, "isu"), "")
    .replace(/[\s.,!?;:'’"]+$/u, "")
    .split(/\s+/)
    .filter(Boolean);
  while (words[0] && NAME_STOPWORDS.has(words[0].toLowerCase())) words.shift();
  const name = words.join(" ");
  // A name starts like one: "Acme", "7-Eleven"; anything else is more likely part of the request.
  return /^[\p{Lu}\p{N}]/u.test(name) && name.length <= 160 ? name : undefined;
}

function dateRangeHints(message: string, today: Date): Hints {
  const days = /\b(?:last|past|previous)\s+(\d{1,3})\s+days?\b/i.exec(message)?.[1];
  if (days === undefined) return {};
  const count = Number(days);
  const to = isoDate(today);
  const from = isoDate(new Date(today.getTime() - (count - 1) * 86_400_000));
  return {
    ...pick(["days", "lastdays", "lookbackdays", "period"], count),
    ...pick(["from", "start", "startdate", "since", "datefrom", "fromdate"], from),
    ...pick(["to", "end", "enddate", "until", "dateto", "todate"], to),
  };
}

function quoted(message: string): string | undefined {
  const match = QUOTED.exec(message);
  const text = (match?.[1] ?? match?.[2] ?? match?.[3])?.trim();
  return text || undefined;
}

function afterColon(message: string): string | undefined {
  const index = message.indexOf(":");
  if (index < 0) return undefined;
  return message.slice(index + 1).trim() || undefined;
}

function aboutPhrase(message: string): string | undefined {
  const about = /\babout\s+([^.!?\n:]+)/i.exec(message)?.[1]?.trim();
  return about ? about.charAt(0).toUpperCase() + about.slice(1) : undefined;
}

function pick(keys: readonly string[], value: JSONValue | undefined): Hints {
  if (value === undefined) return {};
  return Object.fromEntries(keys.map((key) => [key, value]));
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Building a value that validates against a JSON schema (the subset zod and tool authors emit)

const MISSING = Symbol("missing");
type Filled = JSONValue | typeof MISSING;

interface FillContext {
  root: JsonSchema;
  hints: Hints;
  /** `args`: only required or hinted properties, empty values. `sample`: every property, strings say `text`. */
  mode: "args" | "sample";
  text: string;
  today: Date;
  depth: number;
}

const MAX_DEPTH = 8;

function fill(node: SchemaNode, hint: JSONValue | undefined, ctx: FillContext): Filled {
  if (node === false || ctx.depth > MAX_DEPTH) return MISSING;
  if (node === true) return hint ?? (ctx.mode === "sample" ? ctx.text : null);
  const next = { ...ctx, depth: ctx.depth + 1 };

  if (node.$ref !== undefined) {
    const target = resolveRef(ctx.root, node.$ref);
    return target === undefined ? MISSING : fill(target, hint, next);
  }
  if (node.const !== undefined) return node.const as JSONValue;
  if (node.enum) return pickEnum(node.enum as JSONValue[], hint);
  const options = node.anyOf ?? node.oneOf;
  if (options) return fillFirst(options, hint, next);
  if (node.allOf) return fill(mergeAll(node), hint, next);

  const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [inferType(node)];
  const type = types.find((candidate) => candidate !== "null") ?? "null";
  const value = fillType(type, node, hint, next);
  if (value === MISSING && types.includes("null")) return null;
  return value;
}

function fillType(type: string, node: JsonSchema, hint: JSONValue | undefined, ctx: FillContext): Filled {
  switch (type) {
    case "object":
      return fillObject(node, ctx);
    case "array":
      return fillArray(node, hint, ctx);
    case "string":
      return fillString(node, hint, ctx);
    case "number":
    case "integer":
      return fillNumber(node, hint, type === "integer");
    case "boolean":
      return typeof hint === "boolean" ? hint : typeof node.default === "boolean" ? node.default : false;
    case "null":
      return null;
    default:
      return hint ?? (ctx.mode === "sample" ? ctx.text : null);
  }
}

function fillObject(node: JsonSchema, ctx: FillContext): Filled {
  const required = new Set(node.required ?? []);
  const result: JSONObject = {};
  for (const [key, property] of Object.entries(node.properties ?? {})) {
    const hint = ctx.hints[key.toLowerCase().replace(/[^a-z0-9]/g, "")];
    const wanted = ctx.mode === "sample" || required.has(key) || hint !== undefined;
    if (!wanted) continue;
    const value = fill(property, hint, ctx);
    if (value !== MISSING) result[key] = value;
    else if (required.has(key)) return MISSING;
  }
  return result;
}

function fillArray(node: JsonSchema, hint: JSONValue | undefined, ctx: FillContext): Filled {
  const { items } = node;
  if (Array.isArray(items)) {
    const tuple = items.map((item) => fill(item, undefined, ctx));
    return tuple.some((value) => value === MISSING) ? MISSING : (tuple as JSONValue[]);
  }
  const hinted = hint === undefined ? [] : Array.isArray(hint) ? hint : [hint];
  const wanted = Math.max(node.minItems ?? 0, hinted.length, ctx.mode === "sample" ? 1 : 0);
  const count = Math.min(wanted, node.maxItems ?? wanted);
  const values: JSONValue[] = [];
  for (let index = 0; index < count; index++) {
    const value = fill(items ?? true, hinted[index], ctx);
    if (value === MISSING) return MISSING;
    values.push(value);
  }
  return values;
}

function fillString(node: JsonSchema, hint: JSONValue | undefined, ctx: FillContext): Filled {
  const candidates = [
    hint === undefined || hint === null || typeof hint === "object" ? undefined : String(hint),
    typeof node.default === "string" ? node.default : undefined,
    formatSample(node.format, ctx),
    ctx.mode === "sample" ? ctx.text : "",
  ];
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    const value = node.maxLength !== undefined ? candidate.slice(0, node.maxLength) : candidate;
    if (
      value.length >= (node.minLength ?? 0) &&
      matchesPattern(node.pattern, value) &&
      matchesFormat(node.format, value)
    )
      return value;
  }
  return MISSING;
}

function fillNumber(node: JsonSchema, hint: JSONValue | undefined, integer: boolean): Filled {
  const hinted = typeof hint === "number" ? hint : typeof hint === "string" ? Number(hint) : Number.NaN;
  const base = Number.isFinite(hinted) ? hinted : typeof node.default === "number" ? node.default : 0;
  const step = integer ? 1 : 0.01;
  const low = node.minimum ?? (node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + step : -Infinity);
  const high = node.maximum ?? (node.exclusiveMaximum !== undefined ? node.exclusiveMaximum - step : Infinity);
  const value = Math.min(Math.max(base, low), high);
  return integer ? Math.ceil(value) : value;
}

function pickEnum(values: readonly JSONValue[], hint: JSONValue | undefined): Filled {
  const wanted = typeof hint === "string" ? hint.toLowerCase() : undefined;
  const matched = values.find((value) => typeof value === "string" && value.toLowerCase() === wanted);
  return matched ?? values[0] ?? MISSING;
}

function fillFirst(options: readonly SchemaNode[], hint: JSONValue | undefined, ctx: FillContext): Filled {
  const nonNull = options.filter((option) => typeof option === "boolean" || option.type !== "null");
  for (const option of nonNull) {
    const value = fill(option, hint, ctx);
    if (value !== MISSING) return value;
  }
  return nonNull.length < options.length ? null : MISSING;
}

function mergeAll(node: JsonSchema): JsonSchema {
  const { allOf = [], ...rest } = node;
  return allOf.reduce<JsonSchema>(
    (merged, part) =>
      typeof part === "boolean"
        ? merged
        : {
            ...merged,
            ...part,
            properties: { ...merged.properties, ...part.properties },
            required: [...(merged.required ?? []), ...(part.required ?? [])],
          },
    rest,
  );
}

function inferType(node: JsonSchema): string {
  if (node.properties) return "object";
  if (node.items) return "array";
  return "any";
}

function resolveRef(root: JsonSchema, ref: string): SchemaNode | undefined {
  if (!ref.startsWith("#")) return undefined;
  let node: unknown = root;
  for (const segment of ref.slice(1).split("/").filter(Boolean)) {
    const key = decodeURIComponent(segment).replaceAll("~1", "/").replaceAll("~0", "~");
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  }
  return typeof node === "boolean" || (node !== null && typeof node === "object") ? (node as SchemaNode) : undefined;
}

function formatSample(format: string | undefined, ctx: FillContext): string | undefined {
  switch (format) {
    case "date":
      return isoDate(ctx.today);
    case "date-time":
      return `${isoDate(ctx.today)}T00:00:00.000Z`;
    case "time":
      return "00:00:00";
    // Never invent a recipient or a link for a real call: without one from the user the call is skipped.
    case "email":
      return ctx.mode === "sample" ? "offline@example.com" : undefined;
    case "uri":
    case "url":
      return ctx.mode === "sample" ? "https://example.com" : undefined;
    case "uuid":
      return ctx.mode === "sample" ? "00000000-0000-4000-8000-000000000000" : undefined;
    default:
      return undefined;
  }
}

function matchesFormat(format: string | undefined, value: string): boolean {
  switch (format) {
    case "email":
      return new RegExp(`^${EMAIL_ADDRESS.source}$`).test(value);
    case "uri":
    case "url":
      return URL.canParse(value);
    case "date":
      return /^\d{4}-\d{2}-\d{2}$/.test(value);
    case "date-time":
      return !Number.isNaN(Date.parse(value)) && value.includes("T");
    default:
      return true;
  }
}

function matchesPattern(pattern: string | undefined, value: string): boolean {
  if (pattern === undefined) return true;
  for (const flags of ["u", ""]) {
    try {
      return new RegExp(pattern, flags).test(value);
    } catch {
      // Not valid in this flavour; try the next, and ignore a pattern neither understands.
    }
  }
  return true;
}
