"use client";

import { Building2, CalendarDays, UserRound } from "lucide-react";
import type { TaskStatus } from "@/lib/schemas/tasks";
import { cn } from "@/lib/utils";
import { TaskCardStatusSelect } from "./task-card-status-select";
import { startTaskDrag } from "./task-drag";
import { TaskDueDate } from "./task-due-date";
import type { TaskRecord } from "./task-fields";
import { TaskPriorityBadge } from "./task-priority-badge";
import { TaskTitleButton } from "./task-title-button";

type Props = {
  task: TaskRecord;
  canMove: boolean;
  onOpen: (task: TaskRecord) => void;
  onMove: (task: TaskRecord, status: TaskStatus) => void;
};

export function TaskCard({ task, canMove, onOpen, onMove }: Props) {
  return (
    <li
      draggable={canMove}
      onDragStart={(event) => startTaskDrag(event, task.id)}
      className={cn(
        "grid gap-2 rounded-lg border bg-card p-3 text-card-foreground shadow-xs",
        canMove && "cursor-grab active:cursor-grabbing",
      )}
    >
      <div className="flex items-start justify-between gap-2">
        <TaskTitleButton title={task.title} onOpen={() => onOpen(task)} />
        <TaskPriorityBadge priority={task.priority} />
      </div>
      <dl className="grid gap-1 text-xs text-muted-foreground">
        <div className="flex items-center gap-1.5">
          <dt>
            <UserRound aria-hidden className="size-3.5" />
            <span className="sr-only">Assignee</span>
          </dt>
          <dd>{task.assignee?.name ?? "Unassigned"}</dd>
        </div>
        {task.dueDate ? (
          <div className="flex items-center gap-1.5">
            <dt>
              <CalendarDays aria-hidden className="size-3.5" />
              <span className="sr-only">Due</span>
            </dt>
            <dd>
              <TaskDueDate value={task.dueDate} />
            </dd>
          </div>
        ) : null}
        {task.client ? (
          <div className="flex items-center gap-1.5">
            <dt>
              <Building2 aria-hidden className="size-3.5" />
              <span className="sr-only">Client</span>
            </dt>
            <dd className="truncate">{task.client.name}</dd>
          </div>
        ) : null}
      </dl>
      {canMove ? (
        <TaskCardStatusSelect title={task.title} value={task.status} onChange={(status) => onMove(task, status)} />
      ) : null}
    </li>
  );
}
