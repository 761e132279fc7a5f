"use client";

import { FormField } from "@/components/ui/form-field";
import { OptionSelect } from "@/components/ui/option-select";
import { RecordOptions } from "@/components/ui/record-options";
import { SearchField } from "@/components/ui/search-field";
import { NativeSelect } from "@/components/ui/select";
import { TASK_PRIORITIES } from "@/lib/schemas/tasks";
import { PRIORITY_LABELS } from "./task-fields";
import { UNASSIGNED, type TaskFilters } from "./task-filter-values";
import { useMemberOptions } from "./use-member-options";

const PRIORITY_OPTIONS = ["", ...TASK_PRIORITIES] as const;

type Props = { value: TaskFilters; onChange: (next: TaskFilters) => void };

export function TasksFilters({ value, onChange }: Props) {
  const { members } = useMemberOptions();
  const set = (patch: Partial<TaskFilters>) => onChange({ ...value, ...patch });
  return (
    <div
      role="search"
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(14rem,2fr)_repeat(2,minmax(10rem,1fr))]"
    >
      <SearchField
        label="Search tasks"
        value={value.search}
        placeholder="Title or description"
        onChange={(search) => set({ search })}
      />
      <OptionSelect
        label="Priority filter"
        value={value.priority}
        options={PRIORITY_OPTIONS}
        labels={{ "": "Any priority", ...PRIORITY_LABELS }}
        onChange={(priority) => set({ priority })}
      />
      <FormField label="Assignee filter">
        <NativeSelect value={value.assignee} onChange={(event) => set({ assignee: event.target.value })}>
          <option value="">Anyone</option>
          <option value={UNASSIGNED}>Unassigned</option>
          <RecordOptions records={members} />
        </NativeSelect>
      </FormField>
    </div>
  );
}
