import { type core } from "zod";
import { ZToolInputSchema } from "@/lib/schemas/custom-tools";
import { type ExpressionField, type ExpressionKind, type NodeTypeMeta } from "@/lib/workflow/node-meta";
import { hintFor, humanise, labelFor } from "./field-labels";

interface FieldBase {
  /** The key in its object (the config, or one list item). */
  key: string;
  /** Path from the config to this field, list items written as `*` ("cases.*.label"). */
  scope: string;
  label: string;
  description?: string;
  /** The key may be left out (optional, or a default fills it in). */
  optional: boolean;
  /** What the schema fills in when the key is left out. */
  defaultValue?: unknown;
}

/** How one config field is edited; the React side renders one input per kind. */
export type FieldDescriptor = FieldBase &
  (
    | { kind: "text"; multiline: boolean; maxLength?: number }
    | { kind: "expression"; mode: ExpressionKind }
    | { kind: "number"; integer: boolean; min?: number; max?: number }
    | { kind: "boolean" }
    | { kind: "enum"; options: readonly string[] }
    | { kind: "agent" }
    | { kind: "provider" }
    /** `providerKey`: the sibling field holding the provider whose models are offered. */
    | { kind: "model"; providerKey: string | null }
    | { kind: "workflow" }
    | { kind: "client" }
    /** The id of another kind of row, typed in. */
    | { kind: "rowId" }
    /** `timezoneKey`: the sibling field holding the schedule's time zone. */
    | { kind: "cron"; timezoneKey: string | null }
    | { kind: "timezone" }
    /** A record of texts; `valueMode` when its values are templates or expressions. */
    | { kind: "keyValue"; valueMode: ExpressionKind | null }
    | { kind: "jsonSchema" }
    /** A list of texts, one per line. */
    | { kind: "stringList" }
    /** People of the agency, ticked by name; stored as their user ids (an approval's approvers). */
    | { kind: "members" }
    /**
     * A list of objects, each edited with `fields`; `itemLabel` names one ("Case"). With
     * `variants` the items are a union told apart by `variants.key` (a guardrail's checks): each
     * item is edited with the fields of its variant, and `fields` is empty.
     */
    | {
        kind: "list";
        itemLabel: string;
        fields: FieldDescriptor[];
        variants?: ListVariants;
        min?: number;
        max?: number;
      }
    /** Anything the walk has no input for: the value as JSON. */
    | { kind: "json" }
  );

export type FieldKind = FieldDescriptor["kind"];

/** The kinds of item a list of a discriminated union holds, each with its own fields. */
export interface ListVariants {
  /** The key that tells them apart ("kind"). */
  key: string;
  options: { value: string; fields: FieldDescriptor[] }[];
}

type AnySchema = core.$ZodType;

const WRAPPERS = new Set(["optional", "default", "prefault", "nullable", "readonly", "catch", "nonoptional"]);

interface Unwrapped {
  schema: AnySchema;
  optional: boolean;
  defaultValue?: unknown;
}

/**
 * The schema under optional/default/pipe wrappers (refinements are checks on the schema itself
 * in zod 4, so they need no unwrapping), with whether the key may be left out and its default.
 */
export function unwrap(schema: AnySchema): Unwrapped {
  let current = schema;
  let optional = false;
  let defaultValue: unknown;
  let hasDefault = false;
  for (let depth = 0; depth < 20; depth++) {
    const def = current._zod.def;
    if (WRAPPERS.has(def.type)) {
      if (def.type === "optional") optional = true;
      if ((def.type === "default" || def.type === "prefault") && !hasDefault) {
        hasDefault = true;
        optional = true;
        defaultValue = (def as core.$ZodDefaultDef).defaultValue;
      }
      current = (def as core.$ZodOptionalDef).innerType;
    } else if (def.type === "pipe") {
      // What the person types is the pipe's input (rowId: a trimmed string piped into an id check).
      const pipe = def as core.$ZodPipeDef;
      current = pipe.in._zod.def.type === "transform" ? pipe.out : pipe.in;
    } else break;
  }
  return hasDefault ? { schema: current, optional, defaultValue } : { schema: current, optional };
}

const typeOf = (schema: AnySchema) => schema._zod.def.type;

/** Bounds zod keeps on a number schema (`minValue`, `maxValue`, `isInt` on the classic API). */
function numberBounds(schema: AnySchema): { integer: boolean; min?: number; max?: number } {
  const info = schema as unknown as { minValue?: number | null; maxValue?: number | null; isInt?: boolean };
  return {
    integer: Boolean(info.isInt),
    ...(typeof info.minValue === "number" && Number.isFinite(info.minValue) ? { min: info.minValue } : {}),
    ...(typeof info.maxValue === "number" && Number.isFinite(info.maxValue) ? { max: info.maxValue } : {}),
  };
}

/** A length bound from the schema's own checks (`.min()`/`.max()` on a string or an array). */
function lengthOf(schema: AnySchema, which: "min" | "max"): number | undefined {
  const check = which === "min" ? "min_length" : "max_length";
  for (const item of schema._zod.def.checks ?? []) {
    const def = item._zod.def as { check: string; minimum?: unknown; maximum?: unknown };
    const value = which === "min" ? def.minimum : def.maximum;
    if (def.check === check && typeof value === "number") return value;
  }
  return undefined;
}

const isTextish = (schema: AnySchema) => typeOf(unwrap(schema).schema) === "string";

/** `cases` → "Case", `fields` → "Field", `checks` → "Check". */
const singular = (key: string) => humanise(key.endsWith("s") ? key.slice(0, -1) : key);

type Kinded = FieldDescriptor extends infer D ? (D extends FieldDescriptor ? Omit<D, keyof FieldBase> : never) : never;

interface Walk {
  type: string;
  expressions: ReadonlyMap<string, ExpressionKind>;
}

/** The input kind for one field of an object whose keys are `siblings`. */
function kindOf(
  walk: Walk,
  key: string,
  scope: string,
  inner: AnySchema,
  siblings: readonly string[],
  depth: number,
): Kinded {
  const type = typeOf(inner);
  const mode = walk.expressions.get(scope);
  if (inner === ZToolInputSchema || (type === "custom" && /schema$/i.test(key))) return { kind: "jsonSchema" };
  if (type === "string") {
    if (mode) return { kind: "expression", mode };
    if (key === "agentId") return { kind: "agent" };
    if (key === "providerId") return { kind: "provider" };
    if (key === "workflowId") return { kind: "workflow" };
    if (key === "clientId") return { kind: "client" };
    if (key === "model") return { kind: "model", providerKey: siblings.includes("providerId") ? "providerId" : null };
    if (key === "cron") return { kind: "cron", timezoneKey: siblings.includes("timezone") ? "timezone" : null };
    if (key === "timezone") return { kind: "timezone" };
    if (/Id$/.test(key)) return { kind: "rowId" };
    const maxLength = lengthOf(inner, "max");
    return {
      kind: "text",
      multiline: maxLength !== undefined && maxLength >= 1_000,
      ...(maxLength !== undefined ? { maxLength } : {}),
    };
  }
  if (type === "number") return { kind: "number", ...numberBounds(inner) };
  if (type === "boolean") return { kind: "boolean" };
  if (type === "enum") {
    const entries = (inner._zod.def as core.$ZodEnumDef).entries;
    const options = Object.values(entries).filter((value): value is string => typeof value === "string");
    if (options.length) return { kind: "enum", options };
  }
  if (type === "record") {
    const def = inner._zod.def as core.$ZodRecordDef;
    if (isTextish(def.keyType) && isTextish(def.valueType))
      return { kind: "keyValue", valueMode: walk.expressions.get(`${scope}.*`) ?? null };
  }
  if (type === "array") {
    const element = unwrap((inner._zod.def as core.$ZodArrayDef).element).schema;
    const min = lengthOf(inner, "min");
    const max = lengthOf(inner, "max");
    const bounds = { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    if (key === "approvers" && typeOf(element) === "string") return { kind: "members" };
    if (typeOf(element) === "string" && !walk.expressions.has(`${scope}.*`)) return { kind: "stringList" };
    if (typeOf(element) === "union" && depth < 2) {
      const variants = unionVariants(walk, element, `${scope}.*`, depth + 1);
      if (variants) return { kind: "list", itemLabel: singular(key), fields: [], variants, ...bounds };
    }
    if (typeOf(element) === "object" && depth < 2) {
      const shape = (element._zod.def as core.$ZodObjectDef).shape;
      const fields = describeShape(walk, shape, `${scope}.*`, depth + 1);
      // A list whose items have fields the walk cannot render is clearer as JSON as a whole.
      if (fields.every((field) => field.kind !== "json" && field.kind !== "list"))
        return { kind: "list", itemLabel: singular(key), fields, ...bounds };
    }
  }
  return { kind: "json" };
}

/**
 * A discriminated union of objects as list variants: per option its literal value and the fields
 * after the discriminator. Null when it is not one, or when some option has a field the walk
 * cannot render (the list is then clearer as JSON as a whole).
 */
function unionVariants(walk: Walk, union: AnySchema, prefix: string, depth: number): ListVariants | null {
  const def = union._zod.def as core.$ZodDiscriminatedUnionDef;
  const key = def.discriminator;
  if (typeof key !== "string") return null;
  const options: ListVariants["options"] = [];
  for (const option of def.options) {
    if (typeOf(option) !== "object") return null;
    const shape = (option._zod.def as core.$ZodObjectDef).shape;
    const tag = shape[key]?._zod.def as core.$ZodLiteralDef<string> | undefined;
    const value = tag?.type === "literal" ? tag.values[0] : undefined;
    if (typeof value !== "string") return null;
    const rest = Object.fromEntries(Object.entries(shape).filter(([name]) => name !== key));
    const fields = describeShape(walk, rest, prefix, depth);
    if (fields.some((field) => field.kind === "json" || field.kind === "list")) return null;
    options.push({ value, fields });
  }
  return options.length ? { key, options } : null;
}

function describeShape(walk: Walk, shape: core.$ZodShape, prefix: string, depth: number): FieldDescriptor[] {
  const keys = Object.keys(shape);
  return keys.map((key) => {
    const scope = prefix ? `${prefix}.${key}` : key;
    const { schema, optional, ...rest } = unwrap(shape[key]!);
    const labelScope = scope.replaceAll(".*", "");
    const description = hintFor(walk.type, labelScope);
    const base: FieldBase = {
      key,
      scope,
      label: labelFor(walk.type, labelScope, key),
      optional,
      ...(description ? { description } : {}),
      ...("defaultValue" in rest ? { defaultValue: rest.defaultValue } : {}),
    };
    return { ...base, ...kindOf(walk, key, scope, schema, keys, depth) } as FieldDescriptor;
  });
}

/**
 * One descriptor per key of a node type's config schema, in the schema's order: what input edits
 * it, its label, help, default and whether it may be left out. Keys the walk cannot render well
 * come back as `json`, so no field is ever dropped. Empty when the config is not an object schema.
 */
export function describeConfig(type: string, meta: Pick<NodeTypeMeta, "config" | "expressions">): FieldDescriptor[] {
  const { schema } = unwrap(meta.config as unknown as AnySchema);
  if (typeOf(schema) !== "object") return [];
  const walk: Walk = {
    type,
    expressions: new Map(meta.expressions.map((field: ExpressionField) => [field.path, field.kind])),
  };
  return describeShape(walk, (schema._zod.def as core.$ZodObjectDef).shape, "", 0);
}
