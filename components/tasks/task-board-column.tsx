"use client";

import { useState } from "react";
import { TASK_STATUS_LABELS, type TaskStatus } from "@/lib/schemas/tasks";
import { cn } from "@/lib/utils";
import { TaskCard } from "./task-card";
import { draggedTaskId, isTaskDrag } from "./task-drag";
import type { TaskRecord } from "./task-fields";

type Props = {
  status: TaskStatus;
  tasks: TaskRecord[];
  canMove: boolean;
  onOpen: (task: TaskRecord) => void;
  onMove: (task: TaskRecord, status: TaskStatus) => void;
  /** A card dropped here, by id; the board knows which task it is. */
  onDropTask: (taskId: string, status: TaskStatus) => void;
};

export function TaskBoardColumn({ status, tasks, canMove, onOpen, onMove, onDropTask }: Props) {
  const [over, setOver] = useState(false);
  const label = TASK_STATUS_LABELS[status];
  return (
    <section
      aria-label={label}
      onDragOver={(event) => {
        if (!canMove || !isTaskDrag(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
        setOver(true);
      }}
      onDragLeave={(event) => {
        // Leaving for a card inside the column is not leaving the column.
        const to = event.relatedTarget;
        if (!(to instanceof Node && event.currentTarget.contains(to))) setOver(false);
      }}
      onDrop={(event) => {
        setOver(false);
        if (!canMove || !isTaskDrag(event)) return;
        event.preventDefault();
        onDropTask(draggedTaskId(event), status);
      }}
      className={cn(
        "flex min-h-48 w-72 shrink-0 flex-col gap-3 rounded-xl border bg-muted/40 p-3 transition-colors",
        over && "border-primary bg-accent",
      )}
    >
      <h2 className="flex items-center justify-between text-sm font-semibold">
        {label}
        {/* The list announces how many cards it holds; the count is for the eye. */}
        <span
          aria-hidden
          className="rounded-full bg-background px-2 text-xs font-medium text-muted-foreground tabular-nums"
        >
          {tasks.length}
        </span>
      </h2>
      {tasks.length === 0 ? (
        <p className="py-6 text-center text-xs text-muted-foreground">Nothing here.</p>
      ) : (
        <ul className="grid gap-2">
          {tasks.map((task) => (
            <TaskCard key={task.id} task={task} canMove={canMove} onOpen={onOpen} onMove={onMove} />
          ))}
        </ul>
      )}
    </section>
  );
}
