"use client";

import { NativeSelect } from "@/components/ui/select";
import { TASK_STATUSES, TASK_STATUS_LABELS, type TaskStatus } from "@/lib/schemas/tasks";
import { parseStatus } from "./task-fields";

type Props = { title: string; value: TaskStatus; onChange: (status: TaskStatus) => void };

/** The keyboard way to move a card between columns. */
export function TaskCardStatusSelect({ title, value, onChange }: Props) {
  return (
    <NativeSelect
      aria-label={`Status of ${title}`}
      value={value}
      className="h-8 text-xs"
      onChange={(event) => onChange(parseStatus(event.target.value, value))}
    >
      {TASK_STATUSES.map((status) => (
        <option key={status} value={status}>
          {TASK_STATUS_LABELS[status]}
        </option>
      ))}
    </NativeSelect>
  );
}
