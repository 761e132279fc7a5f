import type { ReactNode } from "react";
import { formatDateTime } from "@/lib/format-date";
import { TaskDueDate } from "./task-due-date";
import type { TaskRecord } from "./task-fields";
import { TaskPriorityBadge } from "./task-priority-badge";
import { TaskStatusBadge } from "./task-status-badge";

const CREATED_BY_LABELS: Record<TaskRecord["createdByType"], string> = {
  person: "A person",
  agent: "An agent",
  workflow: "A workflow",
};

function Field({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1">
      <dt className="text-xs font-medium text-muted-foreground">{term}</dt>
      <dd className="text-sm break-words">{children}</dd>
    </div>
  );
}

/** Everything stored about a task, read-only. */
export function TaskDetails({ task }: { task: TaskRecord }) {
  return (
    <div className="grid gap-4">
      {task.description ? (
        <p className="text-sm whitespace-pre-wrap">{task.description}</p>
      ) : (
        <p className="text-sm text-muted-foreground">No description.</p>
      )}
      <dl className="grid gap-3 sm:grid-cols-2">
        <Field term="Status">
          <TaskStatusBadge status={task.status} />
        </Field>
        <Field term="Priority">
          <TaskPriorityBadge priority={task.priority} />
        </Field>
        <Field term="Assignee">{task.assignee ? `${task.assignee.name} (${task.assignee.email})` : "Unassigned"}</Field>
        <Field term="Due">
          <TaskDueDate value={task.dueDate} />
        </Field>
        <Field term="Client">{task.client?.name ?? "—"}</Field>
        <Field term="Campaign">{task.campaign?.name ?? "—"}</Field>
        <Field term="Created">
          {formatDateTime(task.createdAt)} · {CREATED_BY_LABELS[task.createdByType]}
        </Field>
        <Field term="Last updated">{formatDateTime(task.updatedAt)}</Field>
        {task.completedAt ? <Field term="Completed">{formatDateTime(task.completedAt)}</Field> : null}
      </dl>
    </div>
  );
}
