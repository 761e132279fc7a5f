import { type GraphError } from "@/lib/workflow/graph-error";
import { type ConfigIssue } from "../config-issues";
import { type FieldDescriptor } from "./field-descriptors";

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * `object` with `key` set to `value`, or left out when `value` is undefined; `object` itself when
 * nothing changes, so a no-op edit makes no undo step (the editor compares configs by identity).
 */
export function withKey(object: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  if (value === undefined) {
    if (!Object.hasOwn(object, key)) return object;
    const { [key]: _removed, ...rest } = object;
    return rest;
  }
  if (Object.hasOwn(object, key) && Object.is(object[key], value)) return object;
  return { ...object, [key]: value };
}

/** What an emptied input stores: nothing when the key may be left out, else the empty value. */
export const emptied = (field: Pick<FieldDescriptor, "optional">, empty: unknown): unknown =>
  field.optional ? undefined : empty;

const isTextRecord = (value: unknown) =>
  isPlainObject(value) && Object.values(value).every((v) => typeof v === "string");

/** Whether a stored value has the shape the field's input edits; anything else is shown as JSON. */
export function fitsField(field: FieldDescriptor, value: unknown): boolean {
  if (value === undefined) return true;
  switch (field.kind) {
    case "number":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    case "keyValue":
      return isTextRecord(value);
    case "stringList":
    case "members":
      return Array.isArray(value) && value.every((item) => typeof item === "string");
    case "list":
      return Array.isArray(value) && value.every(isPlainObject);
    case "jsonSchema":
    case "json":
      return true;
    default:
      return typeof value === "string";
  }
}

/** A problem with part of the config: where (keys and list indexes, from the config) and what. */
export interface FieldIssue {
  path: readonly string[];
  message: string;
  /** The graph check's code for problems found beyond the schema (references, expression syntax). */
  code?: string;
}

/**
 * The schema's problems with the config and the graph's other problems on its `config.…` fields,
 * as one list. The graph repeats the schema's problems as `invalid_config` (a moment later, and
 * prefixed with the step's label); those are left out.
 */
export function collectIssues(
  schemaIssues: readonly ConfigIssue[],
  problems: readonly GraphError[],
  stepLabel: string,
): FieldIssue[] {
  const issues: FieldIssue[] = schemaIssues.map((issue) => ({
    path: issue.path ? issue.path.split(".") : [],
    message: issue.message,
  }));
  const prefix = `'${stepLabel}': `;
  for (const problem of problems) {
    if (problem.code === "invalid_config" || !problem.field?.startsWith("config.")) continue;
    issues.push({
      path: problem.field.slice("config.".length).split("."),
      message: problem.message.startsWith(prefix) ? problem.message.slice(prefix.length) : problem.message,
      code: problem.code,
    });
  }
  return issues;
}

/** The issues under `key`, with paths from there. */
export const issuesUnder = (issues: readonly FieldIssue[], key: string | number): FieldIssue[] =>
  issues.filter((issue) => issue.path[0] === String(key)).map((issue) => ({ ...issue, path: issue.path.slice(1) }));

/** The messages about the value as a whole (`deep`: and about anything inside it), each once. */
export function messagesOf(issues: readonly FieldIssue[], deep = false): string[] {
  const picked = deep ? issues : issues.filter((issue) => issue.path.length === 0);
  return [
    ...new Set(
      picked.map((issue) => (deep && issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message)),
    ),
  ];
}
