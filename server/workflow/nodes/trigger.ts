import { type NodeConfig } from "@/lib/workflow/node-types";
import { AppError } from "../../errors";
import { issuesText, jsonSchemaIssues, type SchemaIssue } from "./json-schema";
import { type NodeContext, type NodeExecutor, type NodeResult } from "./types";
import { describeValue, orNull } from "./values";

type FormField = NodeConfig<"trigger.portal_form">["fields"][number];

/** The run's input, passed on as the trigger's output. */
const passInput = async (ctx: NodeContext): Promise<NodeResult> => ({ kind: "done", output: orNull(ctx.scope.input) });

function refuse(issues: readonly SchemaIssue[]): never {
  throw new AppError("BAD_REQUEST", `The run's input is not valid. ${issuesText(issues, "The input")}`, {
    ...(issues[0]?.path && { field: issues[0].path }),
  });
}

/** Passes the input on, after checking it against the Run form's fields when the trigger has them. */
export const triggerManualExecutor: NodeExecutor<NodeConfig<"trigger.manual">> = async (ctx, config) => {
  if (!config.inputSchema) return passInput(ctx);
  // A form whose fields are all optional may be sent empty.
  const input = ctx.scope.input ?? {};
  const issues = jsonSchemaIssues(config.inputSchema, input);
  if (issues.length > 0) refuse(issues);
  return { kind: "done", output: input };
};

export const triggerWebhookExecutor: NodeExecutor<NodeConfig<"trigger.webhook">> = (ctx) => passInput(ctx);

export const triggerScheduleExecutor: NodeExecutor<NodeConfig<"trigger.schedule">> = (ctx) => passInput(ctx);

export const triggerChatExecutor: NodeExecutor<NodeConfig<"trigger.chat">> = (ctx) => passInput(ctx);

// Deliberately loose: the portal's form already asked the browser to check; this stops the obvious.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const isEmpty = (value: unknown) => value === undefined || value === null || value === "";

function isUrl(value: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** What is wrong with one answer, or null; `value` is not empty. */
function fieldProblem(field: FormField, value: unknown): string | null {
  switch (field.type) {
    case "text":
    case "long_text":
      return typeof value === "string" ? null : `must be text, not ${describeValue(value)}.`;
    case "number":
      return typeof value === "number" && Number.isFinite(value)
        ? null
        : `must be a number, not ${describeValue(value)}.`;
    case "email":
      return typeof value === "string" && EMAIL.test(value.trim()) ? null : "must be an email address.";
    case "url":
      return typeof value === "string" && isUrl(value.trim()) ? null : "must be a web address starting with https://.";
    case "date":
      return typeof value === "string" && DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? null
        : "must be a date such as 2026-03-31.";
    case "checkbox":
      return typeof value === "boolean" ? null : `must be true or false, not ${describeValue(value)}.`;
    case "select": {
      const options = field.options ?? [];
      return typeof value === "string" && options.includes(value)
        ? null
        : `must be one of ${options.map((option) => `"${option}"`).join(", ")}.`;
    }
  }
}

/**
 * Passes the form's answers on, after checking them against its fields: required ones present,
 * each of its type (numbers as numbers, checkboxes as true/false, dates as ISO text), no field the
 * form does not have.
 */
export const triggerPortalFormExecutor: NodeExecutor<NodeConfig<"trigger.portal_form">> = async (ctx, config) => {
  const input = ctx.scope.input ?? {};
  if (typeof input !== "object" || Array.isArray(input))
    refuse([{ path: "", message: `must be the form's answers by field name, not ${describeValue(input)}.` }]);
  const answers = input as Record<string, unknown>;
  const issues: SchemaIssue[] = [];
  const names = new Set(config.fields.map((field) => field.name));
  for (const name of Object.keys(answers))
    if (!names.has(name)) issues.push({ path: name, message: "is not a field of this form." });
  for (const field of config.fields) {
    const value = answers[field.name];
    if (isEmpty(value)) {
      if (field.required) issues.push({ path: field.name, message: `is required (${field.label}).` });
      continue;
    }
    const problem = fieldProblem(field, value);
    if (problem) issues.push({ path: field.name, message: problem });
  }
  if (issues.length > 0) refuse(issues);
  return { kind: "done", output: answers };
};
