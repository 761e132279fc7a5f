import jsonata from "jsonata";
import { type ExpressionKind } from "./node-meta";

/**
 * The workflow expression language: JSONata (https://docs.jsonata.org), evaluated against a
 * plain-data copy of the run's scope, with `$eval` and regular expressions removed and time,
 * depth and size budgets. The language, the scope and the limits are described for the people
 * writing workflows in docs/expressions.md. Used by the editor (syntax errors, references) and
 * by the engine (evaluation), so nothing here may touch Node-only APIs.
 */

/** Budgets for one evaluation and for the scope it reads. */
export const EXPRESSION_LIMITS = {
  /** Wall-clock budget of one evaluation, checked before every evaluation step. */
  timeoutMs: 100,
  /** Nesting of evaluation steps (recursive functions); JSONata stops beyond it. */
  maxDepth: 500,
  /** Items in any list the expression builds or returns. */
  maxItems: 100_000,
  /** Characters in any text the expression builds, returns or reads. */
  maxStringChars: 1_000_000,
  /** Nesting of objects and lists in the scope. */
  maxScopeDepth: 64,
  /** Values (objects, lists, texts, numbers…) in the whole scope. */
  maxScopeValues: 500_000,
  /** Characters of all texts and keys in the whole scope. */
  maxScopeChars: 20_000_000,
} as const;

/** A value an expression can read or give back: what JSON can hold. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * What expressions read. `nodes.<id>` is a finished step (`output`, `status`), `input` the
 * trigger's input, `vars` the set-variable values, `item`/`index` the current loop item.
 * Environment variables and secrets are deliberately not part of it (`env: never`); keys other
 * than these are dropped when the scope is copied, so they cannot leak in by accident either.
 */
export interface ExpressionScope {
  nodes: Readonly<Record<string, { readonly output: unknown; readonly status: string }>>;
  input?: unknown;
  vars?: Readonly<Record<string, unknown>>;
  item?: unknown;
  index?: number;
  env?: never;
}

declare const prepared: unique symbol;
/** A scope already copied into frozen plain data by {@link prepareScope}. */
export type PreparedScope = { readonly [prepared]: true };

/** Why an expression could not be parsed or evaluated, or why a scope is not plain data. */
export class ExpressionError extends Error {
  override name = "ExpressionError";

  constructor(
    message: string,
    /** The expression in question (the `{{ … }}` part for a template), or "" for a scope problem. */
    readonly expression: string,
    /** 0-based index into the text given (the whole template for a template), when known. */
    readonly position?: number,
    /** JSONata's error code (e.g. "S0201"), when JSONata raised it. */
    readonly code?: string,
  ) {
    super(message);
  }
}

export type TemplatePart =
  | { kind: "text"; text: string; start: number; end: number }
  | {
      kind: "expression";
      /** The text between `{{` and `}}`, untrimmed. */
      source: string;
      /** Index of `{{` and just past `}}` in the template. */
      start: number;
      end: number;
      /** Index of `source` in the template. */
      sourceStart: number;
    };

export type ParsedTemplate = { ok: true; parts: TemplatePart[] } | { ok: false; error: ExpressionError };

// ---------------------------------------------------------------------------------------------
// Errors

const SHOWN_CHARS = 80;

/** An error raised by our own guards inside an evaluation; JSONata passes it through untouched. */
class GuardError extends Error {
  constructor(
    message: string,
    readonly position?: number,
  ) {
    super(message);
  }
}

function shown(source: string): string {
  const text = source.trim().replace(/\s+/g, " ");
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS - 1)}…` : text;
}

/**
 * An ExpressionError for `source`, which starts at `offset` in the text the caller gave. `local`
 * is the 0-based index within `source`; the message counts characters within the expression
 * shown, `position` within the caller's text (for an editor to underline).
 */
function errorAt(detail: string, source: string, offset: number, local?: number, code?: string): ExpressionError {
  const trimmed = source.trim();
  const leading = source.length - source.trimStart().length;
  // Clamped into the expression itself: "end of expression" errors point at its last character.
  const at = local === undefined ? undefined : Math.min(Math.max(local, leading), leading + trimmed.length - 1);
  const where =
    at === undefined ? `(in "${shown(source)}")` : `(at character ${at - leading + 1} of "${shown(source)}")`;
  return new ExpressionError(`${detail} ${where}`, trimmed, at === undefined ? undefined : offset + at, code);
}

/**
 * Where `token` starts, given JSONata's position for it (just past it, give or take a bracket):
 * its last occurrence up to there, widened to the `$` of a variable.
 */
function locate(source: string, token: string, position: number): number {
  const found = source.lastIndexOf(token, position);
  const start = found === -1 ? Math.max(0, position - token.length) : found;
  return source[start - 1] === "$" ? start - 1 : start;
}

const field = (error: unknown, key: string): unknown =>
  typeof error === "object" && error !== null && key in error ? (error as Record<string, unknown>)[key] : undefined;

const commas = (n: number) => n.toLocaleString("en-US");

/** JSONata's messages, with the few a person is most likely to meet put in plainer words. */
function describe(code: string | undefined, message: string, token: string | undefined): string {
  switch (code) {
    case "T1005":
    case "T1006":
      return token ? `There is no function $${token}` : message;
    case "D1011":
      return "The expression went too deep and was stopped; check for a function that calls itself without end";
    case "D1012":
      return `The expression ran longer than ${EXPRESSION_LIMITS.timeoutMs} ms and was stopped; check for a function that calls itself without end`;
    case "D2014":
    case "D2015":
      return `The expression built a list of more than ${commas(EXPRESSION_LIMITS.maxItems)} items`;
    default:
      return message;
  }
}

/** Turns whatever JSONata (or the JavaScript engine under it) threw into an ExpressionError. */
function fromThrown(error: unknown, source: string, offset: number): ExpressionError {
  if (error instanceof ExpressionError) return error;
  if (error instanceof GuardError) return errorAt(error.message, source, offset, error.position);
  if (error instanceof RangeError) {
    // V8's own limits: a string or array past its maximum size, or the native stack.
    const detail = /call stack/i.test(error.message)
      ? "The expression went too deep and was stopped; check for a function that calls itself without end"
      : "The expression built a value too large to hold";
    return errorAt(detail, source, offset);
  }
  const code = typeof field(error, "code") === "string" ? (field(error, "code") as string) : undefined;
  const message = field(error, "message");
  const token = field(error, "token");
  const position = field(error, "position");
  const detail = describe(
    code,
    typeof message === "string" && message ? message : "The expression failed",
    typeof token === "string" && token !== "(end)" ? token : undefined,
  );
  // JSONata's position is just past the offending token; point at its start.
  const local =
    typeof position !== "number"
      ? undefined
      : typeof token === "string" && token !== "(end)"
        ? locate(source, token, position)
        : position;
  return errorAt(detail, source, offset, local, code);
}

// ---------------------------------------------------------------------------------------------
// Compiling

const REGEX_UNAVAILABLE =
  "Regular expressions (/…/) are not available in expressions; use $contains, $split, $replace or $substringBefore with plain text";
const EVAL_UNAVAILABLE =
  "$eval is not available in expressions: an expression must be written out, not built from data";

/**
 * The regex engine JSONata is given: one that refuses. JavaScript's RegExp backtracks, and a
 * single match such as /a*a*a*b/ on 1,000 characters runs for tens of seconds inside one
 * synchronous call that no time budget can interrupt. The parse-time check refuses regex
 * literals with a position; this makes sure no other route reaches RegExp either.
 */
const NoRegExp = new Proxy(RegExp, {
  construct() {
    throw new GuardError(REGEX_UNAVAILABLE);
  },
});

const EVALUATE_EXIT = Symbol.for("jsonata.__evaluate_exit");

/**
 * Runs after every evaluation step. String and list lengths are O(1) to read (even for V8's
 * concatenation ropes), so this stops a doubling loop long before the value is materialized:
 * without it `$length` of a 2^28-character string crashes the whole process, not the expression.
 */
function checkStepResult(expr: jsonata.ExprNode, _input: unknown, _environment: unknown, result: unknown): void {
  if (typeof result === "string" && result.length > EXPRESSION_LIMITS.maxStringChars)
    throw new GuardError(
      `The expression built a text longer than ${commas(EXPRESSION_LIMITS.maxStringChars)} characters`,
      expr.position,
    );
  if (Array.isArray(result) && result.length > EXPRESSION_LIMITS.maxItems)
    throw new GuardError(`The expression built a list of more than ${commas(EXPRESSION_LIMITS.maxItems)} items`);
}

/** Characters as JSONata counts them: code points, so an emoji is one. */
function codePoints(text: string): number {
  let pairs = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs += 1;
        i += 1;
      }
    }
  }
  return text.length - pairs;
}

/**
 * JSONata's `$pad`, with its width capped: the built-in allocates whatever width it is asked for
 * in one call, which a function reference (`$map([…], $pad("x", ?))`) can hand to another
 * built-in before any step check sees it.
 */
function pad(text: string | undefined, width: number, fill?: string): string | undefined {
  if (text === undefined) return undefined;
  const size = Math.trunc(Math.abs(width));
  if (!(size <= EXPRESSION_LIMITS.maxStringChars))
    throw new GuardError(`$pad can make text of at most ${commas(EXPRESSION_LIMITS.maxStringChars)} characters`);
  const unit = fill === undefined || fill.length === 0 ? " " : fill;
  const missing = size - codePoints(text);
  if (missing <= 0) return text;
  const unitLength = codePoints(unit);
  const run = unit.repeat(Math.ceil(missing / unitLength));
  const padding = unitLength === unit.length ? run.slice(0, missing) : Array.from(run).slice(0, missing).join("");
  return width > 0 ? text + padding : padding + text;
}

/**
 * The parts of JSONata's syntax tree read here. Its published typing omits node types the parser
 * produces ("path", "regex") and the filter fields, so the tree is read as this, structurally.
 */
interface AstNode {
  type: string;
  value?: unknown;
  position?: number;
  steps?: AstNode[];
  stages?: AstNode[];
  predicate?: AstNode[];
  expr?: AstNode;
  arguments?: AstNode[];
  procedure?: AstNode;
}

const isNode = (value: unknown): value is AstNode =>
  typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";

/** Every AST node under `root`, parents first. The AST can hold back-references, hence `seen`. */
function* walk(root: unknown, seen = new Set<object>()): Generator<AstNode> {
  if (typeof root !== "object" || root === null || seen.has(root) || root instanceof RegExp) return;
  seen.add(root);
  if (isNode(root)) yield root;
  for (const value of Array.isArray(root) ? root : Object.values(root)) yield* walk(value, seen);
}

/** Constructs refused before evaluation, so the editor can point at them. */
function refuseUnsafe(ast: unknown, source: string, offset: number): void {
  for (const node of walk(ast)) {
    if (node.type === "regex") {
      const token = node.value instanceof RegExp ? `/${node.value.source}/` : "/";
      throw errorAt(REGEX_UNAVAILABLE, source, offset, locate(source, token, node.position ?? 0));
    }
    if (node.type === "variable" && node.value === "eval")
      throw errorAt(EVAL_UNAVAILABLE, source, offset, locate(source, "eval", node.position ?? 0));
    for (const filters of [node.stages, node.predicate]) {
      for (const filter of filters ?? []) {
        // `nodes["fetch"]` reads as a key lookup to anyone who knows JavaScript, but in JSONata a
        // text in brackets is a filter that is always true: it silently returns every node.
        if (isNode(filter) && isNode(filter.expr) && filter.expr.type === "string") {
          const name = String(filter.expr.value);
          const pick = /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `.\`${name}\``;
          throw errorAt(
            `["${name}"] does not pick the field "${name}" here (square brackets filter a list); write ${pick} instead`,
            source,
            offset,
            locate(source, "[", filter.position ?? 0),
          );
        }
      }
    }
  }
}

const MAX_CACHED = 1_000;
const cache = new Map<string, jsonata.Expression>();

/**
 * Parses and checks one bare expression, cached by its text. Throws an ExpressionError whose
 * position is `offset` + the index within `source`.
 */
function compile(source: string, offset = 0): jsonata.Expression {
  const cached = cache.get(source);
  if (cached) return cached;
  if (!source.trim()) throw errorAt("Write an expression, e.g. nodes.fetch.output", source, offset);
  let expression: jsonata.Expression;
  try {
    expression = jsonata(source, {
      timeout: EXPRESSION_LIMITS.timeoutMs,
      stack: EXPRESSION_LIMITS.maxDepth,
      sequence: EXPRESSION_LIMITS.maxItems,
      RegexEngine: NoRegExp,
    });
  } catch (error) {
    throw fromThrown(error, source, offset);
  }
  refuseUnsafe(expression.ast(), source, offset);
  // Second line of defence behind refuseUnsafe: shadow the built-ins in this expression's frame.
  expression.registerFunction(
    "eval",
    () => {
      throw new GuardError(EVAL_UNAVAILABLE);
    },
    "<x-o?:x>",
  );
  expression.registerFunction("pad", pad, "<s-ns?:s>");
  // JSONata looks its evaluation hooks up by symbol; `assign` binds symbols too, though its
  // typing only admits strings.
  (expression.assign as unknown as (name: symbol, value: unknown) => void)(EVALUATE_EXIT, checkStepResult);
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value ?? "");
  cache.set(source, expression);
  return expression;
}

// ---------------------------------------------------------------------------------------------
// Templates

/**
 * Index of the `}}` closing an expression that starts at `from`, or -1. Quotes, backticks,
 * comments and braces are followed, so `{{ {"a": {"b": 1}} }}` and `{{ "}}" }}` close where a
 * person expects.
 */
function findClose(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"' || c === "'" || c === "`") {
      const quote = c;
      for (i += 1; i < text.length && text[i] !== quote; i += 1) if (text[i] === "\\" && quote !== "`") i += 1;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      if (end === -1) return -1;
      i = end + 1;
    } else if (c === "{") depth += 1;
    else if (c === "}") {
      if (depth === 0 && text[i + 1] === "}") return i;
      depth = Math.max(0, depth - 1);
    }
  }
  return -1;
}

function splitTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf("{{", at);
    if (open === -1) break;
    if (open > at) parts.push({ kind: "text", text: text.slice(at, open), start: at, end: open });
    const close = findClose(text, open + 2);
    if (close === -1)
      throw new ExpressionError(
        `Unclosed {{ at character ${open + 1}: add }} after the expression`,
        text.slice(open, open + SHOWN_CHARS),
        open,
      );
    const source = text.slice(open + 2, close);
    if (!source.trim())
      throw new ExpressionError(
        `Empty {{ }} at character ${open + 1}: write an expression between the braces, e.g. {{ nodes.fetch.output }}`,
        "",
        open,
      );
    parts.push({ kind: "expression", source, start: open, end: close + 2, sourceStart: open + 2 });
    at = close + 2;
  }
  if (at < text.length) parts.push({ kind: "text", text: text.slice(at), start: at, end: text.length });
  return parts;
}

/**
 * Splits `text` into literal text and `{{ expression }}` parts and checks each expression's
 * syntax (plus the constructs the language refuses). A `{{` always opens an expression; write
 * `{{ "{{" }}` for literal braces. Offsets are 0-based indexes into `text`.
 */
export function parseTemplate(text: string): ParsedTemplate {
  try {
    const parts = splitTemplate(text);
    for (const part of parts) if (part.kind === "expression") compile(part.source, part.sourceStart);
    return { ok: true, parts };
  } catch (error) {
    if (error instanceof ExpressionError) return { ok: false, error };
    throw error;
  }
}

/** The syntax error in a template or bare expression, or null; what the graph validator reports. */
export function checkSyntax(text: string, kind: ExpressionKind): ExpressionError | null {
  if (kind === "template") {
    const parsed = parseTemplate(text);
    return parsed.ok ? null : parsed.error;
  }
  try {
    compile(text);
    return null;
  } catch (error) {
    if (error instanceof ExpressionError) return error;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// The scope

const preparedScopes = new WeakSet<object>();

/**
 * One copy in progress. The path is a stack of keys, turned into text only for an error, so
 * copying a large scope builds no strings.
 */
interface Copy {
  values: number;
  chars: number;
  path: (string | number)[];
  ancestors: Set<object>;
}

const formatPath = (path: readonly (string | number)[]) =>
  path
    .map((key, i) =>
      typeof key === "number" ? `[${key}]` : /^[A-Za-z_]\w*$/.test(key) ? (i ? `.${key}` : key) : `["${key}"]`,
    )
    .join("");

function scopeError(path: readonly (string | number)[], problem: string): ExpressionError {
  return new ExpressionError(`The run's data at ${formatPath(path)} ${problem}, so expressions cannot read it.`, "");
}

function countChars(copy: Copy, length: number): void {
  if (length > EXPRESSION_LIMITS.maxStringChars)
    throw scopeError(copy.path, `is a text of more than ${commas(EXPRESSION_LIMITS.maxStringChars)} characters`);
  copy.chars += length;
  if (copy.chars > EXPRESSION_LIMITS.maxScopeChars)
    throw scopeError(copy.path, `takes the data past ${commas(EXPRESSION_LIMITS.maxScopeChars)} characters`);
}

/**
 * JSONata sets `keepSingleton` on a path's result for `items[]`, and that result can be the
 * scope's own array. The flag only means something on JSONata's internal sequences, which scope
 * arrays never are, so a setter that ignores it lets the arrays stay frozen.
 */
const INERT_FLAG: PropertyDescriptor = { get: () => false, set: () => {}, enumerable: false, configurable: false };

/** The data property `key` of `object`, copied; a getter is refused rather than run. */
function copyProperty(object: object, key: string | number, copy: Copy): unknown {
  copy.path.push(key);
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  if (descriptor && !("value" in descriptor)) throw scopeError(copy.path, "is a getter, not plain data");
  if (typeof key === "string") countChars(copy, key.length);
  const value = toData(descriptor?.value, copy);
  copy.path.pop();
  return value;
}

/**
 * A frozen, null-prototype copy of `value` holding only JSON data. Reads own data properties
 * through their descriptors, so getters never run and the original is never touched again.
 */
function toData(value: unknown, copy: Copy): unknown {
  copy.values += 1;
  if (copy.values > EXPRESSION_LIMITS.maxScopeValues)
    throw scopeError(copy.path, `takes the data past ${commas(EXPRESSION_LIMITS.maxScopeValues)} values`);
  switch (typeof value) {
    case "undefined":
    case "boolean":
      return value;
    case "string":
      countChars(copy, value.length);
      return value;
    case "number":
      // As JSON.stringify does: NaN and the infinities become null.
      return Number.isFinite(value) ? value : null;
    case "bigint":
    case "symbol":
    case "function":
      throw scopeError(copy.path, `is a ${typeof value}, not plain data`);
  }
  if (value === null) return null;
  const object = value as object;
  if (object instanceof Date) {
    if (Number.isNaN(object.getTime())) throw scopeError(copy.path, "is an invalid date");
    return object.toISOString();
  }
  if (copy.ancestors.size >= EXPRESSION_LIMITS.maxScopeDepth)
    throw scopeError(copy.path, `nests more than ${EXPRESSION_LIMITS.maxScopeDepth} levels deep`);
  if (copy.ancestors.has(object)) throw scopeError(copy.path, "refers back to itself");
  const proto: unknown = Object.getPrototypeOf(object);
  if (Array.isArray(object) && proto === Array.prototype) {
    if (object.length > EXPRESSION_LIMITS.maxItems)
      throw scopeError(copy.path, `is a list of more than ${commas(EXPRESSION_LIMITS.maxItems)} items`);
    copy.ancestors.add(object);
    const items: unknown[] = [];
    for (let i = 0; i < object.length; i += 1) items.push(copyProperty(object, i, copy) ?? null);
    copy.ancestors.delete(object);
    Object.defineProperty(items, "keepSingleton", INERT_FLAG);
    return Object.freeze(items);
  }
  if (proto !== Object.prototype && proto !== null)
    throw scopeError(copy.path, `is a ${Object.prototype.toString.call(object).slice(8, -1)} object, not plain data`);
  if (Object.getOwnPropertySymbols(object).length) throw scopeError(copy.path, "has a Symbol key, not plain data");
  copy.ancestors.add(object);
  const fields: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(object)) {
    const item = copyProperty(object, key, copy);
    // On a null-prototype object "__proto__" is an ordinary key, so this never sets a prototype.
    if (item !== undefined) fields[key] = item;
  }
  copy.ancestors.delete(object);
  return Object.freeze(fields);
}

/**
 * Copies a scope into frozen, null-prototype plain data, once, for several evaluations.
 * Functions, class instances (a Date becomes its ISO string), getters, Symbols, cycles and
 * data past {@link EXPRESSION_LIMITS} are refused with an ExpressionError naming the place;
 * keys other than nodes/input/vars/item/index are dropped.
 */
export function prepareScope(scope: ExpressionScope | PreparedScope): PreparedScope {
  if (preparedScopes.has(scope)) return scope as PreparedScope;
  const copy: Copy = { values: 0, chars: 0, path: [], ancestors: new Set() };
  // Read like the data inside, so a getter on the scope object is refused too.
  const read = (key: string) => copyProperty(scope, key, copy);
  const nodes = read("nodes");
  if (nodes !== undefined && (typeof nodes !== "object" || nodes === null || Array.isArray(nodes)))
    throw scopeError(["nodes"], "is not a record of steps");
  const steps: Record<string, unknown> = Object.create(null);
  for (const [id, step] of Object.entries(nodes ?? {})) {
    if (typeof step !== "object" || step === null || Array.isArray(step))
      throw scopeError(["nodes", id], "is not a step result");
    const { output, status } = step as { output?: unknown; status?: unknown };
    steps[id] = Object.freeze(Object.assign(Object.create(null), { output, status }));
  }
  const data: Record<string, unknown> = Object.create(null);
  data.nodes = Object.freeze(steps);
  data.vars = read("vars") ?? Object.freeze(Object.create(null));
  for (const key of ["input", "item", "index"]) {
    const value = read(key);
    if (value !== undefined) data[key] = value;
  }
  const frozen = Object.freeze(data);
  preparedScopes.add(frozen);
  return frozen as unknown as PreparedScope;
}

// ---------------------------------------------------------------------------------------------
// Evaluating

const MAX_RESULT_DEPTH = 2 * EXPRESSION_LIMITS.maxScopeDepth;

/**
 * What JSONata gave back, as ordinary JSON data: sequences become plain arrays, objects get
 * their own-enumerable data keys only (a `{"__proto__": …}` built inside the expression set a
 * prototype there, which is dropped here), and functions are refused.
 */
function toResult(value: unknown, depth = 0): JsonValue | undefined {
  if (value === undefined || value === null) return value;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "function" || field(value, "_jsonata_function") === true || field(value, "_jsonata_lambda"))
    throw new GuardError("The expression gives a function, not a value; call it, e.g. $uppercase(text)");
  if (typeof value !== "object") throw new GuardError(`The expression gives a ${typeof value}, not a value`);
  if (depth > MAX_RESULT_DEPTH) throw new GuardError(`The result nests more than ${MAX_RESULT_DEPTH} levels deep`);
  if (Array.isArray(value)) return value.map((item) => toResult(item, depth + 1) ?? null);
  const out: Record<string, JsonValue> = {};
  for (const [key, item] of Object.entries(value)) {
    const converted = toResult(item, depth + 1);
    if (converted === undefined) continue;
    // A plain assignment of "__proto__" would set the prototype instead of adding the key.
    Object.defineProperty(out, key, { value: converted, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

async function run(source: string, offset: number, scope: PreparedScope): Promise<JsonValue | undefined> {
  const expression = compile(source, offset);
  try {
    return toResult(await expression.evaluate(scope));
  } catch (error) {
    throw fromThrown(error, source, offset);
  }
}

/**
 * Evaluates one bare expression (a condition, a switch case, a transform) against the scope.
 * Resolves to the value as JSON data, or `undefined` when a path matches nothing (JSONata's "no
 * value"). Rejects with an {@link ExpressionError} for a syntax error, a refused construct, a
 * failure while evaluating, a broken budget ({@link EXPRESSION_LIMITS}) or a scope that is not
 * plain data.
 *
 * @example await evaluateExpression("$count(nodes.search.output.clients) > 0", scope) // true
 */
export async function evaluateExpression(
  source: string,
  scope: ExpressionScope | PreparedScope,
): Promise<JsonValue | undefined> {
  return run(source, 0, prepareScope(scope));
}

/** How a value reads inside text: JSON for objects and lists, nothing for null and no value. */
function stringify(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  // 15 significant digits, as JSONata's $string: 0.1 + 0.2 reads 0.3.
  const tidy = (_key: string, item: unknown) =>
    typeof item === "number" && !Number.isInteger(item) ? Number(item.toPrecision(15)) : item;
  return typeof value === "object" ? JSON.stringify(value, tidy) : String(tidy("", value));
}

/**
 * Fills in a template's `{{ … }}` parts. A template that is one `{{ expression }}` (blank text
 * around it aside) resolves to the expression's raw value, object, list, number or `undefined`;
 * otherwise to text, values written as {@link stringify} does. A template without `{{` is
 * returned as it is. Rejects with an {@link ExpressionError} whose position is in `text`.
 *
 * @example await evaluateTemplate("{{ nodes.fetch.output.items[0].title }}", scope)
 * @example await evaluateTemplate("Hi {{ input.name }}, you have {{ $count(vars.tasks) }} tasks", scope)
 */
export async function evaluateTemplate(
  text: string,
  scope: ExpressionScope | PreparedScope,
): Promise<JsonValue | undefined> {
  const parts = splitTemplate(text);
  const expressions = parts.filter((part) => part.kind === "expression");
  if (!expressions.length) return text;
  const data = prepareScope(scope);
  const only = expressions[0];
  if (expressions.length === 1 && only && !text.slice(0, only.start).trim() && !text.slice(only.end).trim())
    return run(only.source, only.sourceStart, data);
  let out = "";
  for (const part of parts)
    out += part.kind === "text" ? part.text : stringify(await run(part.source, part.sourceStart, data));
  return out;
}

// ---------------------------------------------------------------------------------------------
// References

const isName = (node: unknown, name?: string): boolean =>
  isNode(node) && node.type === "name" && (name === undefined || node.value === name);

/** `$$` or `$` as the first step of a path. */
const isRoot = (node: unknown) => isNode(node) && node.type === "variable" && (node.value === "$" || node.value === "");

/** The steps of `nodes` or `$$.nodes` alone, as `$lookup`'s first argument. */
function isNodesPath(node: unknown): boolean {
  if (!isNode(node)) return false;
  if (isName(node, "nodes")) return true;
  const steps = node.type === "path" ? node.steps : undefined;
  if (!steps) return false;
  return (
    (steps.length === 1 && isName(steps[0], "nodes")) ||
    (steps.length === 2 && isRoot(steps[0]) && isName(steps[1], "nodes"))
  );
}

function idsInAst(ast: unknown, into: Set<string>): void {
  for (const node of walk(ast)) {
    if (node.type === "path" && node.steps) {
      const steps = isRoot(node.steps[0]) ? node.steps.slice(1) : node.steps;
      const [head, id] = steps;
      const picked = head?.stages?.[0]?.expr ?? head?.predicate?.[0]?.expr;
      if (isName(head, "nodes") && picked?.type === "string") into.add(String(picked.value));
      else if (isName(head, "nodes") && isName(id)) into.add(String(id?.value));
    }
    const [target, key] = node.arguments ?? [];
    if (
      node.type === "function" &&
      isNode(node.procedure) &&
      node.procedure.type === "variable" &&
      node.procedure.value === "lookup" &&
      isNodesPath(target) &&
      isNode(key) &&
      key.type === "string"
    )
      into.add(String(key.value));
  }
}

/**
 * The node ids a template or expression reads: `nodes.fetch…`, `$$.nodes.fetch…`,
 * ``nodes.`fetch`…`` and `$lookup(nodes, "fetch")`, in order of first use, read from JSONata's
 * syntax tree. Parts that do not parse are skipped (checkSyntax reports them). Ids chosen at
 * run time (`$lookup(nodes, $name)`, `nodes.*`, `**`) cannot be known here; the engine only puts
 * finished steps in the scope, so those read nothing that has not run.
 *
 * @param kind "template" or "expression"; by default, a text containing `{{` is a template.
 */
export function referencedNodeIds(text: string, kind?: ExpressionKind): string[] {
  const ids = new Set<string>();
  const asTemplate = kind ? kind === "template" : text.includes("{{");
  const sources = asTemplate ? expressionSources(text) : [text];
  for (const source of sources) {
    try {
      // Parsed without refuseUnsafe: `nodes["fetch"]` is refused as syntax, but still names a step.
      idsInAst(jsonata(source).ast(), ids);
    } catch {
      // A part that does not parse reads nothing; checkSyntax reports it.
    }
  }
  return [...ids];
}

/** The expressions of a template, up to an unclosed `{{`, whether or not they parse. */
function expressionSources(text: string): string[] {
  const sources: string[] = [];
  for (let at = text.indexOf("{{"); at !== -1;) {
    const close = findClose(text, at + 2);
    if (close === -1) break;
    sources.push(text.slice(at + 2, close));
    at = text.indexOf("{{", close + 2);
  }
  return sources;
}
