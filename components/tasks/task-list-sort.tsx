"use client";

import { SortFields } from "@/components/ui/option-select";
import { SORT_LABELS, TASK_SORTS, type SortDirection, type TaskSort } from "./task-fields";

export type TaskListSort = { sort: TaskSort; order: SortDirection };

export const DEFAULT_TASK_SORT: TaskListSort = { sort: "updatedAt", order: "desc" };

type Props = { value: TaskListSort; onChange: (next: TaskListSort) => void };

export function TaskListSortFields({ value, onChange }: Props) {
  return (
    <div className="grid grid-cols-2 gap-3 sm:w-96">
      <SortFields
        sort={value.sort}
        order={value.order}
        sorts={TASK_SORTS}
        sortLabels={SORT_LABELS}
        onChange={onChange}
      />
    </div>
  );
}
