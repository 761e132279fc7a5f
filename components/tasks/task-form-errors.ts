import { issueFieldErrors, type FieldErrors } from "@/lib/field-errors";
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

/** Checks the form with the server's own schema, so most mistakes show without a round trip. */
export function validateTaskForm(
  values: TaskFormValues,
): { ok: true; input: TCreateTaskInput } | { ok: false; errors: FieldErrors } {
  const parsed = ZCreateTaskInput.safeParse(formValuesToInput(values));
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, errors: issueFieldErrors(parsed.error.issues) };
}
