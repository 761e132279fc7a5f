import type { TJsonSchemaProperty } from "@/lib/schemas/custom-tools";
import type { TWorkflowGraph } from "@/lib/workflow/graph";
import { NODE_TYPES } from "@/lib/workflow/node-types";
import { triggerNode } from "./draft-summary";

export type RunFieldKind =
  "text" | "long_text" | "email" | "url" | "date" | "number" | "integer" | "boolean" | "select" | "json";

/** One field of the Run form, from the manual trigger's input schema or the portal form's fields. */
export type RunField = {
  name: string;
  label: string;
  description?: string;
  kind: RunFieldKind;
  required: boolean;
  /** The choices of a `select`. */
  options?: string[];
};

export type RunValues = Record<string, string | boolean>;

function schemaKind(property: TJsonSchemaProperty): RunFieldKind {
  if (property.type === "string") return property.enum?.length ? "select" : "text";
  if (property.type === "number" || property.type === "integer" || property.type === "boolean") return property.type;
  return "json";
}

/**
 * The fields the Run form asks for: the manual trigger's input schema, or the portal form's
 * fields; null when the trigger declares none (the form then takes the input as JSON).
 */
export function runFormFields(graph: TWorkflowGraph): RunField[] | null {
  const trigger = triggerNode(graph);
  if (trigger?.type === "trigger.manual") {
    const parsed = NODE_TYPES["trigger.manual"].config.safeParse(trigger.config ?? {});
    const schema = parsed.success ? parsed.data.inputSchema : undefined;
    if (!schema || !Object.keys(schema.properties).length) return null;
    const required = new Set(schema.required ?? []);
    return Object.entries(schema.properties).map(([name, property]) => ({
      name,
      label: property.title?.trim() || name,
      ...(property.description && { description: property.description }),
      kind: schemaKind(property),
      required: required.has(name),
      ...(property.type === "string" && property.enum?.length && { options: property.enum.map(String) }),
    }));
  }
  if (trigger?.type === "trigger.portal_form") {
    const parsed = NODE_TYPES["trigger.portal_form"].config.safeParse(trigger.config ?? {});
    if (!parsed.success) return null;
    return parsed.data.fields.map((field) => ({
      name: field.name,
      label: field.label,
      kind: field.type === "checkbox" ? "boolean" : field.type,
      required: field.required,
      ...(field.options && { options: field.options }),
    }));
  }
  return null;
}

/** What the fields start with: unticked boxes, empty text. */
export function initialRunValues(fields: readonly RunField[]): RunValues {
  return Object.fromEntries(fields.map((field) => [field.name, field.kind === "boolean" ? false : ""]));
}

/** The JSON the input box starts with: a webhook run gets its request's body under `body`. */
export function initialRunJson(graph: TWorkflowGraph): string {
  return triggerNode(graph)?.type === "trigger.webhook" ? '{\n  "body": {}\n}' : "{}";
}

type Parsed = { ok: true; input: Record<string, unknown> } | { ok: false; errors: Record<string, string> };

/**
 * The run's input from the form's values: numbers as numbers, JSON fields parsed, empty optional
 * fields left out. Each value that cannot be used gets a message on its field.
 */
export function runInputFromValues(fields: readonly RunField[], values: RunValues): Parsed {
  const input: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (field.kind === "boolean") {
      input[field.name] = value === true;
      continue;
    }
    const text = typeof value === "string" ? value : "";
    if (!text.trim()) {
      if (field.required) errors[field.name] = `Fill in ${field.label}.`;
      continue;
    }
    if (field.kind === "number" || field.kind === "integer") {
      const number = Number(text);
      if (!Number.isFinite(number)) errors[field.name] = `${field.label} must be a number.`;
      else if (field.kind === "integer" && !Number.isInteger(number))
        errors[field.name] = `${field.label} must be a whole number.`;
      else input[field.name] = number;
    } else if (field.kind === "json") {
      try {
        input[field.name] = JSON.parse(text) as unknown;
      } catch {
        errors[field.name] = `${field.label} must be JSON, e.g. ["a", "b"] or {"key": "value"}.`;
      }
    } else {
      input[field.name] = text;
    }
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, input };
}

/** The run's input from the JSON box: empty means no input; anything but an object is refused. */
export function parseRunInputJson(
  text: string,
): { ok: true; input: Record<string, unknown> } | { ok: false; message: string } {
  if (!text.trim()) return { ok: true, input: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? ` (${error.message})` : "";
    return { ok: false, message: `The input is not valid JSON${reason}.` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { ok: false, message: 'The input must be a JSON object, e.g. {"name": "Ada"}.' };
  return { ok: true, input: value as Record<string, unknown> };
}
