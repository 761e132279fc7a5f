import type { TaskPriority } from "@/lib/schemas/tasks";
import type { TaskListInput } from "./task-fields";

/** "" is anyone, UNASSIGNED is nobody, anything else a member's user id. */
export const UNASSIGNED = "unassigned";

export type TaskFilters = { search: string; priority: TaskPriority | ""; assignee: string };

export const DEFAULT_TASK_FILTERS: TaskFilters = { search: "", priority: "", assignee: "" };

export const isFiltered = (filters: TaskFilters) =>
  Boolean(filters.search.trim() || filters.priority || filters.assignee);

/** The list input both views share; `search` is passed already debounced. */
export function taskFilterInput(filters: TaskFilters, search: string): TaskListInput {
  return {
    search: search || undefined,
    priorities: filters.priority ? [filters.priority] : undefined,
    unassigned: filters.assignee === UNASSIGNED ? true : undefined,
    assigneeId: filters.assignee && filters.assignee !== UNASSIGNED ? filters.assignee : undefined,
  };
}
