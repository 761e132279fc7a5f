import {
  formErrorMessage,
  issueFieldErrors,
  serverFieldErrors,
  type ErrorWithFieldErrors,
  type FieldErrors,
} from "@/lib/field-errors";
import { ZCreateTaskInput, type TCreateTaskInput } from "@/lib/schemas/tasks";
import { formValuesToInput, type TaskFormValues } from "./task-fields";

export const TASK_FORM_FIELDS = [
  "title",
  "description",
  "priority",
  "status",
  "assigneeId",
  "dueDate",
  "clientId",
  "campaignId",
] as const satisfies readonly (keyof TaskFormValues)[];

/** A tRPC error as the task form reads it; `field` names the field a domain error is about. */
export type TaskFormError = ErrorWithFieldErrors & {
  data?: { fieldErrors?: Record<string, string> | undefined; field?: string | undefined } | null;
};

/** Server errors by form field: zod issues, plus a domain error that names its field (e.g. assigneeId). */
export function taskServerErrors(error: TaskFormError | null | undefined, prefix: string): FieldErrors {
  const errors = serverFieldErrors(error, prefix);
  const field = error?.data?.field;
  if (error && field) errors[field] ??= error.message;
  return errors;
}

/** The message to show above the form when no field shows it. */
export function taskFormError(error: TaskFormError | null | undefined, prefix: string): string | undefined {
  const field = error?.data?.field;
  if (field && (TASK_FORM_FIELDS as readonly string[]).includes(field)) return undefined;
  return formErrorMessage(error, TASK_FORM_FIELDS, prefix);
}

/** Checks the form with the server's own schema, so most mistakes show without a round trip. */
export function validateTaskForm(
  values: TaskFormValues,
): { ok: true; input: TCreateTaskInput } | { ok: false; errors: FieldErrors } {
  const parsed = ZCreateTaskInput.safeParse(formValuesToInput(values));
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, errors: issueFieldErrors(parsed.error.issues) };
}
