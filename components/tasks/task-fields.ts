import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import {
  TASK_PRIORITIES,
  TASK_STATUSES,
  type TaskPriority,
  type TaskStatus,
  type TCreateTaskInput,
} from "@/lib/schemas/tasks";
import { pickOption } from "@/components/clients/client-fields";
import type { AppRouter } from "@/server/api/root";

export type TaskRecord = inferRouterOutputs<AppRouter>["tasks"]["get"];
/** The list input as the client sends it (defaults still optional). */
export type TaskListInput = inferRouterInputs<AppRouter>["tasks"]["list"];
export type TaskSort = NonNullable<TaskListInput["sort"]>;
export type SortDirection = "asc" | "desc";

export const TASK_SORTS = ["updatedAt", "dueDate", "priority", "createdAt"] as const satisfies readonly TaskSort[];

export const SORT_LABELS: Record<TaskSort, string> = {
  updatedAt: "Last updated",
  dueDate: "Due date",
  priority: "Priority",
  createdAt: "Created",
};

export const PRIORITY_LABELS: Record<TaskPriority, string> = {
  low: "Low",
  medium: "Medium",
  high: "High",
  urgent: "Urgent",
};

export const parseStatus = (value: string, fallback: TaskStatus = "pending"): TaskStatus =>
  pickOption(TASK_STATUSES, value, fallback);

export const parsePriority = (value: string, fallback: TaskPriority = "medium"): TaskPriority =>
  pickOption(TASK_PRIORITIES, value, fallback);

/** What the task form edits: every field as the person chose or typed it; "" means "none". */
export type TaskFormValues = {
  title: string;
  description: string;
  priority: TaskPriority;
  status: TaskStatus;
  assigneeId: string;
  dueDate: string;
  clientId: string;
  campaignId: string;
};

export const EMPTY_TASK_FORM: TaskFormValues = {
  title: "",
  description: "",
  priority: "medium",
  status: "pending",
  assigneeId: "",
  dueDate: "",
  clientId: "",
  campaignId: "",
};

export function taskToFormValues(task: TaskRecord): TaskFormValues {
  return {
    title: task.title,
    description: task.description ?? "",
    priority: task.priority,
    status: task.status,
    assigneeId: task.assigneeId ?? "",
    dueDate: task.dueDate ?? "",
    clientId: task.clientId ?? "",
    campaignId: task.campaignId ?? "",
  };
}

/** Blank optional fields are sent as null so an edit can clear them. */
export function formValuesToInput(values: TaskFormValues): TCreateTaskInput {
  return {
    title: values.title,
    description: values.description.trim() === "" ? null : values.description,
    priority: values.priority,
    status: values.status,
    assigneeId: values.assigneeId || null,
    dueDate: values.dueDate || null,
    clientId: values.clientId || null,
    campaignId: values.campaignId || null,
  };
}

const TASK_INPUT_KEYS = [
  "title",
  "description",
  "priority",
  "status",
  "assigneeId",
  "dueDate",
  "clientId",
  "campaignId",
] as const satisfies readonly (keyof TCreateTaskInput)[];

/**
 * Only the fields that differ from the stored task, so saving an unrelated edit never trips over
 * a reference that has gone stale meanwhile (e.g. an assignee who left the agency).
 */
export function changedFields(before: TCreateTaskInput, after: TCreateTaskInput): Partial<TCreateTaskInput> {
  const patch: Partial<TCreateTaskInput> = {};
  for (const key of TASK_INPUT_KEYS) {
    if (after[key] !== before[key]) Object.assign(patch, { [key]: after[key] });
  }
  return patch;
}
