"use client";

import { pickOption } from "@/components/clients/client-fields";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/select";
import { SORT_LABELS, TASK_SORTS, type SortDirection, type TaskSort } from "./task-fields";

export type TaskListSort = { sort: TaskSort; order: SortDirection };

export const DEFAULT_TASK_SORT: TaskListSort = { sort: "updatedAt", order: "desc" };

const ORDERS = ["asc", "desc"] as const;

type Props = { value: TaskListSort; onChange: (next: TaskListSort) => void };

export function TaskListSortFields({ value, onChange }: Props) {
  return (
    <div className="grid grid-cols-2 gap-3 sm:w-96">
      <FormField label="Sort by">
        <NativeSelect
          value={value.sort}
          onChange={(event) => onChange({ ...value, sort: pickOption(TASK_SORTS, event.target.value, "updatedAt") })}
        >
          {TASK_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField label="Order">
        <NativeSelect
          value={value.order}
          onChange={(event) => onChange({ ...value, order: pickOption(ORDERS, event.target.value, "desc") })}
        >
          <option value="asc">Ascending</option>
          <option value="desc">Descending</option>
        </NativeSelect>
      </FormField>
    </div>
  );
}
