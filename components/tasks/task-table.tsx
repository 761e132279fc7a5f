"use client";

import { SelectAllHead, SelectRowCell, type BulkSelection } from "@/components/ui/bulk-selection";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { TaskDueDate } from "./task-due-date";
import type { TaskRecord } from "./task-fields";
import { TaskPriorityBadge } from "./task-priority-badge";
import { TaskStatusBadge } from "./task-status-badge";
import { TaskTitleButton } from "./task-title-button";

type Props = {
  tasks: TaskRecord[];
  /** Without it the rows cannot be selected (the role may not change tasks). */
  selection?: BulkSelection;
  onOpen: (task: TaskRecord) => void;
};

export function TaskTable({ tasks, selection, onOpen }: Props) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          {selection ? <SelectAllHead selection={selection} label="Select all" /> : null}
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
          <TableRow key={task.id} data-state={selection?.isSelected(task.id) ? "selected" : undefined}>
            {selection ? <SelectRowCell selection={selection} id={task.id} name={task.title} /> : null}
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
