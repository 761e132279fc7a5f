import type { AgentToolName } from "@/lib/agents/tools";
import { issueFieldErrors, type FieldErrors } from "@/lib/field-errors";
import { ZUpdateAgentInput, type TAgent, type TUpdateAgentInput } from "@/lib/schemas/agents";

/** A custom variable as typed: a row of the variables editor. */
export type VariableRow = { name: string; value: string };

/** What the agent editor edits, every field as the person typed it. */
export type AgentFormValues = {
  name: string;
  description: string;
  /** "" for the built-in offline model. */
  providerId: string;
  /** "" for the provider's default model. */
  model: string;
  temperature: number;
  systemPrompt: string;
  variables: VariableRow[];
  tools: AgentToolName[];
  memoryWindow: string;
  /** "" for no response cache. */
  cacheTtlSeconds: string;
  visibility: TAgent["visibility"];
};

export type AgentPatch = TUpdateAgentInput["patch"];

/** The fields that show their own errors; any other error (e.g. visibility) shows above the form. */
export const AGENT_FORM_FIELDS = [
  "name",
  "description",
  "providerId",
  "model",
  "temperature",
  "systemPrompt",
  "variables",
  "tools",
  "memoryWindow",
  "cacheTtlSeconds",
] as const satisfies readonly (keyof AgentFormValues)[];

const ZAgentPatch = ZUpdateAgentInput.shape.patch;

export function agentToFormValues(agent: TAgent): AgentFormValues {
  return {
    name: agent.name,
    description: agent.description ?? "",
    providerId: agent.providerId ?? "",
    model: agent.model ?? "",
    temperature: agent.temperature,
    systemPrompt: agent.systemPrompt,
    variables: Object.entries(agent.variables).map(([name, value]) => ({ name, value })),
    tools: agent.tools,
    memoryWindow: String(agent.memoryWindow),
    cacheTtlSeconds: agent.cacheTtlSeconds === null ? "" : String(agent.cacheTtlSeconds),
    visibility: agent.visibility,
  };
}

/** Rows left completely empty are ignored. */
const filledRows = (rows: VariableRow[]) => rows.filter((row) => row.name.trim() || row.value);

/** An empty number box becomes NaN so the schema refuses it. */
const number = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

function formValuesToPatch(values: AgentFormValues): AgentPatch {
  return {
    name: values.name,
    description: values.description.trim() || null,
    providerId: values.providerId || null,
    model: (values.providerId && values.model.trim()) || null,
    temperature: values.temperature,
    systemPrompt: values.systemPrompt,
    variables: Object.fromEntries(filledRows(values.variables).map((row) => [row.name.trim(), row.value])),
    tools: values.tools,
    memoryWindow: number(values.memoryWindow),
    cacheTtlSeconds: values.cacheTtlSeconds.trim() === "" ? null : number(values.cacheTtlSeconds),
    visibility: values.visibility,
  };
}

type Issue = NonNullable<ReturnType<typeof ZAgentPatch.safeParse>["error"]>["issues"][number];

/** A refused record key reports "Invalid key in record"; the schema's own wording sits one level down. */
const readable = (issue: Issue) =>
  issue.code === "invalid_key" ? { path: issue.path, message: issue.issues[0]?.message ?? issue.message } : issue;

/** Checks the form with the server's own schema, so most mistakes show without a round trip. */
export function validateAgentForm(
  values: AgentFormValues,
): { ok: true; patch: AgentPatch } | { ok: false; errors: FieldErrors } {
  const parsed = ZAgentPatch.safeParse(formValuesToPatch(values));
  // The prompt field reports unknown variables itself, live, so the message leaves once they are fixed.
  const issues = parsed.error?.issues.filter((issue) => !(issue.code === "custom" && issue.path[0] === "systemPrompt"));
  const errors = issueFieldErrors((issues ?? []).map(readable));
  const names = filledRows(values.variables).map((row) => row.name.trim());
  if (new Set(names).size !== names.length) errors.variables ??= "Each variable name may be used once.";
  if (errors.memoryWindow && !Number.isInteger(number(values.memoryWindow)))
    errors.memoryWindow = "Enter a whole number of messages, from 0 to 200.";
  if (errors.cacheTtlSeconds && !Number.isInteger(number(values.cacheTtlSeconds)))
    errors.cacheTtlSeconds = "Enter whole seconds, or leave it empty for no cache.";
  if (!parsed.success || Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, patch: parsed.data };
}

/**
 * The server's own message about `unknown` variables, got from its schema with a prompt that uses
 * only them, so the live hint and a refused save say the same thing.
 */
export function unknownVariablesMessage(unknown: readonly string[]): string | undefined {
  if (!unknown.length) return undefined;
  const probe = ZAgentPatch.safeParse({ systemPrompt: unknown.map((name) => `{{${name}}}`).join(" ") });
  return probe.error?.issues.find((issue) => issue.path[0] === "systemPrompt")?.message;
}
