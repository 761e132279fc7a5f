import { type z } from "zod";
import { type TToolInputSchema } from "@/lib/schemas/custom-tools";
import { customToolInputSchema } from "../../ai/tools/custom-http";
import { describeValue } from "./values";

/** One way a value misses its schema: where (`address.city`, `items[2]`; "" for the whole value) and what. */
export type SchemaIssue = { path: string; message: string };

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
};

const pathText = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    "",
  );

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function issueMessage(issue: z.core.$ZodIssue, value: unknown): string {
  const got = valueAt(value, issue.path);
  switch (issue.code) {
    case "invalid_type": {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      if (got === undefined && issue.path.length > 0) return "is required.";
      // "must be a whole number, not a number" says nothing; the value does.
      const actual = issue.expected === "int" && typeof got === "number" ? String(got) : describeValue(got);
      return `must be ${expected}, not ${actual}.`;
    }
    case "invalid_value":
      return `must be one of ${issue.values.map((option) => JSON.stringify(option)).join(", ")}.`;
    case "unrecognized_keys":
      return `has ${issue.keys.map((key) => `"${key}"`).join(", ")}, which the schema does not list.`;
    default:
      return issue.message.endsWith(".") ? issue.message : `${issue.message}.`;
  }
}

/**
 * Checks `value` against a schema in the custom tools' JSON Schema subset (objects take only the
 * properties they list). Empty when it fits.
 */
export function jsonSchemaIssues(schema: TToolInputSchema, value: unknown): SchemaIssue[] {
  const result = customToolInputSchema(schema).safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ path: pathText(issue.path), message: issueMessage(issue, value) }));
}

/** Issues as sentences: `"city" is required. "age" must be a number, not text.` */
export const issuesText = (issues: readonly SchemaIssue[], whole = "The value"): string =>
  issues.map((issue) => (issue.path ? `"${issue.path}" ${issue.message}` : `${whole} ${issue.message}`)).join(" ");
