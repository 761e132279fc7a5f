import { issueFieldErrors, type FieldErrors } from "@/lib/field-errors";
import {
  inputSchemaIssues,
  TIMEOUT_MS,
  ZCreateCustomToolInput,
  ZUpdateCustomToolInput,
  type HttpToolMethod,
  type TCreateCustomToolInput,
  type TCustomTool,
  type TUpdateCustomToolInput,
} from "@/lib/schemas/custom-tools";

/** What the tool form edits, every field as the person typed it. */
export type CustomToolFormValues = {
  name: string;
  description: string;
  method: HttpToolMethod;
  url: string;
  /** The input schema as JSON text. */
  inputSchema: string;
  authHeaderName: string;
  /** A new value; empty keeps the stored one when editing. */
  authHeaderValue: string;
  /** Stop sending the auth header (editing only). */
  clearAuthHeader: boolean;
  timeoutMs: string;
};

export const CUSTOM_TOOL_FORM_FIELDS = [
  "name",
  "description",
  "method",
  "url",
  "inputSchema",
  "authHeaderName",
  "authHeaderValue",
  "timeoutMs",
] as const satisfies readonly (keyof CustomToolFormValues)[];

const STARTER_SCHEMA = {
  type: "object",
  properties: { city: { type: "string", description: "The city, e.g. Lisbon" } },
  required: ["city"],
};

export const EMPTY_CUSTOM_TOOL_FORM: CustomToolFormValues = {
  name: "",
  description: "",
  method: "GET",
  url: "",
  inputSchema: JSON.stringify(STARTER_SCHEMA, null, 2),
  authHeaderName: "",
  authHeaderValue: "",
  clearAuthHeader: false,
  timeoutMs: String(TIMEOUT_MS.default),
};

export function customToolToFormValues(tool: TCustomTool): CustomToolFormValues {
  return {
    name: tool.name,
    description: tool.description,
    method: tool.method,
    url: tool.url,
    inputSchema: JSON.stringify(tool.inputSchema, null, 2),
    authHeaderName: tool.authHeaderName ?? "",
    authHeaderValue: "",
    clearAuthHeader: false,
    timeoutMs: String(tool.timeoutMs),
  };
}

/** The schema text read as JSON, or why it cannot be. */
function parseSchema(text: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  if (!text.trim()) return { ok: false, problem: 'Write the input schema: a JSON object with "type": "object".' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, problem: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}.` };
  }
}

/** Every problem with the schema text, for the live list under the field (empty when fine). */
export function schemaProblems(text: string): string[] {
  const parsed = parseSchema(text);
  return parsed.ok ? inputSchemaIssues(parsed.value) : [parsed.problem];
}

/** The JSON reformatted with two-space indents, or the text unchanged when it does not parse. */
export function formatSchemaText(text: string): string {
  const parsed = parseSchema(text);
  return parsed.ok ? JSON.stringify(parsed.value, null, 2) : text;
}

/** An empty or unreadable number becomes NaN so the schema refuses it. */
const number = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

type Validated<T> = { ok: true; input: T } | { ok: false; errors: FieldErrors };

function fields(values: CustomToolFormValues, inputSchema: unknown) {
  return {
    name: values.name,
    description: values.description,
    method: values.method,
    url: values.url,
    inputSchema,
    timeoutMs: number(values.timeoutMs),
    authHeaderName: values.authHeaderName.trim() ? values.authHeaderName : undefined,
    authHeaderValue: values.authHeaderValue.trim() ? values.authHeaderValue : undefined,
  };
}

/** Checks a new tool with the server's own schema, so most mistakes show without a round trip. */
export function validateNewCustomTool(values: CustomToolFormValues): Validated<TCreateCustomToolInput> {
  const schema = parseSchema(values.inputSchema);
  const parsed = ZCreateCustomToolInput.safeParse(fields(values, schema.ok ? schema.value : undefined));
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors = issueFieldErrors(parsed.error.issues);
  if (!schema.ok) errors.inputSchema = schema.problem;
  return { ok: false, errors };
}

const ZPatch = ZUpdateCustomToolInput.shape.patch;

/**
 * Checks an edit the same way; an empty value keeps the stored one (`storedHint`), and
 * "Remove the auth header" sends only that.
 */
export function validateCustomToolEdit(
  values: CustomToolFormValues,
  storedHint: string | null,
): Validated<TUpdateCustomToolInput["patch"]> {
  const schema = parseSchema(values.inputSchema);
  const { authHeaderName, authHeaderValue, ...rest } = fields(values, schema.ok ? schema.value : undefined);
  const header = values.clearAuthHeader ? { clearAuthHeader: true as const } : { authHeaderName, authHeaderValue };
  const parsed = ZPatch.safeParse({ ...rest, ...header });
  const errors = issueFieldErrors(parsed.error?.issues ?? []);
  if (!schema.ok) errors.inputSchema = schema.problem;
  if (!values.clearAuthHeader) {
    if (authHeaderValue && !authHeaderName)
      errors.authHeaderName ??= "Name the header the value is sent in, e.g. Authorization or X-Api-Key.";
    if (authHeaderName && !authHeaderValue && !storedHint)
      errors.authHeaderValue ??= "Enter the header's value, or leave the header name empty.";
    if (!authHeaderName && storedHint)
      errors.authHeaderName ??= "Name the header, or tick Remove the auth header to stop sending it.";
  }
  if (!parsed.success || Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, input: parsed.data };
}
