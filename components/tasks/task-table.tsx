"use client";

import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { TaskDueDate } from "./task-due-date";
import type { TaskRecord } from "./task-fields";
import { TaskPriorityBadge } from "./task-priority-badge";
import { TaskStatusBadge } from "./task-status-badge";
import { TaskTitleButton } from "./task-title-button";

const checkboxClassName = "size-4 cursor-pointer align-middle accent-primary";

type Props = {
  tasks: TaskRecord[];
  /** Without it the rows cannot be selected (the role may not change tasks). */
  selection?: { selected: ReadonlySet<string>; onChange: (next: Set<string>) => void };
  onOpen: (task: TaskRecord) => void;
};

export function TaskTable({ tasks, selection, onOpen }: Props) {
  const selectedCount = selection ? tasks.filter((task) => selection.selected.has(task.id)).length : 0;
  const all = tasks.length > 0 && selectedCount === tasks.length;
  const toggle = (id: string, checked: boolean) => {
    if (!selection) return;
    const next = new Set(selection.selected);
    if (checked) next.add(id);
    else next.delete(id);
    selection.onChange(next);
  };
  return (
    <Table>
      <TableHeader>
        <TableRow>
          {selection ? (
            <TableHead className="w-10">
              <input
                type="checkbox"
                aria-label="Select all"
                className={checkboxClassName}
                checked={all}
                ref={(element) => {
                  if (element) element.indeterminate = selectedCount > 0 && !all;
                }}
                onChange={(event) =>
                  selection.onChange(new Set(event.target.checked ? tasks.map((task) => task.id) : []))
                }
              />
            </TableHead>
          ) : null}
          <TableHead>Title</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Priority</TableHead>
          <TableHead>Assignee</TableHead>
          <TableHead>Due</TableHead>
          <TableHead>Client</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {tasks.map((task) => (
          <TableRow key={task.id} data-state={selection?.selected.has(task.id) ? "selected" : undefined}>
            {selection ? (
              <TableCell>
                <input
                  type="checkbox"
                  aria-label={`Select ${task.title}`}
                  className={checkboxClassName}
                  checked={selection.selected.has(task.id)}
                  onChange={(event) => toggle(task.id, event.target.checked)}
                />
              </TableCell>
            ) : null}
            <TableCell>
              <TaskTitleButton title={task.title} onOpen={() => onOpen(task)} />
            </TableCell>
            <TableCell>
              <TaskStatusBadge status={task.status} />
            </TableCell>
            <TableCell>
              <TaskPriorityBadge priority={task.priority} />
            </TableCell>
            <TableCell className={task.assignee ? undefined : "text-muted-foreground"}>
              {task.assignee?.name ?? "Unassigned"}
            </TableCell>
            <TableCell className="whitespace-nowrap">
              <TaskDueDate value={task.dueDate} />
            </TableCell>
            <TableCell>{task.client?.name ?? <span className="text-muted-foreground">—</span>}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
