"use client";

import { pickOption } from "@/components/clients/client-fields";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
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
      <FormField label="Search tasks">
        <Input
          type="search"
          value={value.search}
          placeholder="Title or description"
          onChange={(event) => set({ search: event.target.value })}
        />
      </FormField>
      <FormField label="Priority filter">
        <NativeSelect
          value={value.priority}
          onChange={(event) => set({ priority: pickOption(PRIORITY_OPTIONS, event.target.value, "") })}
        >
          {PRIORITY_OPTIONS.map((priority) => (
            <option key={priority || "any"} value={priority}>
              {priority ? PRIORITY_LABELS[priority] : "Any priority"}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField label="Assignee filter">
        <NativeSelect value={value.assignee} onChange={(event) => set({ assignee: event.target.value })}>
          <option value="">Anyone</option>
          <option value={UNASSIGNED}>Unassigned</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </NativeSelect>
      </FormField>
    </div>
  );
}
