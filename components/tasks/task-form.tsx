"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { formErrorMessage, serverFieldErrors, type ErrorWithFieldErrors, type FieldErrors } from "@/lib/field-errors";
import { TASK_PRIORITIES, TASK_STATUSES, TASK_STATUS_LABELS, type TCreateTaskInput } from "@/lib/schemas/tasks";
import { parsePriority, parseStatus, PRIORITY_LABELS, type TaskFormValues } from "./task-fields";
import { TASK_FORM_FIELDS, validateTaskForm } from "./task-form-errors";
import { TaskReferenceFields, type ReferenceLabels } from "./task-reference-fields";
import { FormAlert } from "@/components/ui/form-alert";

type TaskFormProps = {
  initialValues: TaskFormValues;
  submitLabel: string;
  pending: boolean;
  /** The last mutation error; its field errors show next to the fields. */
  error?: ErrorWithFieldErrors | null;
  /** Path prefix of the fields in the mutation input ("patch" for updates). */
  errorPrefix?: string;
  onSubmit: (input: TCreateTaskInput) => void;
  /** Extra buttons beside submit, e.g. Cancel. */
  secondaryActions?: ReactNode;
  /** Names of the task's current references, for ones the pickers do not list. */
  labels?: ReferenceLabels;
};

/** Create and edit form for a task. Keeps what was typed when saving fails. */
export function TaskForm({
  initialValues,
  submitLabel,
  pending,
  error,
  errorPrefix = "",
  onSubmit,
  secondaryActions,
  labels,
}: TaskFormProps) {
  const [values, setValues] = useState(initialValues);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const errors: FieldErrors = { ...serverFieldErrors(error, errorPrefix), ...localErrors };
  const formError = formErrorMessage(error, TASK_FORM_FIELDS, errorPrefix);
  const set = (patch: Partial<TaskFormValues>) => setValues((current) => ({ ...current, ...patch }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = validateTaskForm(values);
    if (!result.ok) {
      setLocalErrors(result.errors);
      return;
    }
    setLocalErrors({});
    onSubmit(result.input);
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="grid gap-4" aria-busy={pending}>
      <FormAlert>{formError}</FormAlert>
      <FormField label="Title" required error={errors.title}>
        <Input value={values.title} maxLength={200} onChange={(event) => set({ title: event.target.value })} />
      </FormField>
      <FormField label="Description" error={errors.description}>
        <Textarea
          value={values.description}
          rows={4}
          maxLength={10_000}
          onChange={(event) => set({ description: event.target.value })}
        />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField label="Priority" error={errors.priority}>
          <NativeSelect
            value={values.priority}
            onChange={(event) => set({ priority: parsePriority(event.target.value) })}
          >
            {TASK_PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {PRIORITY_LABELS[priority]}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField label="Status" error={errors.status}>
          <NativeSelect value={values.status} onChange={(event) => set({ status: parseStatus(event.target.value) })}>
            {TASK_STATUSES.map((status) => (
              <option key={status} value={status}>
                {TASK_STATUS_LABELS[status]}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField label="Due date" error={errors.dueDate}>
          <Input type="date" value={values.dueDate} onChange={(event) => set({ dueDate: event.target.value })} />
        </FormField>
      </div>
      <TaskReferenceFields value={values} labels={labels} errors={errors} onChange={set} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        {secondaryActions}
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
