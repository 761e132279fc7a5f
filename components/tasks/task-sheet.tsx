"use client";

import { skipToken, useQuery } from "@tanstack/react-query";
import { useCan } from "@/components/shell/org-context";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { TASK_STATUS_LABELS } from "@/lib/schemas/tasks";
import { useTRPC } from "@/lib/trpc/react";
import { TaskDetails } from "./task-details";
import { TaskEditForm } from "./task-edit-form";
import { PRIORITY_LABELS, type TaskRecord } from "./task-fields";

type Props = { task: TaskRecord | null; onClose: () => void };

/** The task opened from the board or the list; shows the row at once, then the fresh copy. */
export function TaskSheet({ task, onClose }: Props) {
  const trpc = useTRPC();
  const canUpdate = useCan("task.update");
  const query = useQuery({
    ...trpc.tasks.get.queryOptions(task ? { id: task.id } : skipToken),
    placeholderData: task ?? undefined,
  });
  const current = query.data ?? task;

  return (
    <Sheet open={task !== null} onOpenChange={(open) => !open && onClose()}>
      <SheetContent className="w-full sm:max-w-xl">
        {current ? (
          <>
            <SheetHeader>
              <SheetTitle className="pr-6">{current.title}</SheetTitle>
              <SheetDescription>
                {TASK_STATUS_LABELS[current.status]} · {PRIORITY_LABELS[current.priority]} priority
              </SheetDescription>
            </SheetHeader>
            <div className="grid gap-6 px-4 pb-6">
              {query.isError ? (
                <p role="alert" className="text-sm text-destructive">
                  {query.error.message}
                </p>
              ) : null}
              <TaskDetails task={current} />
              {canUpdate ? <TaskEditForm task={current} /> : null}
            </div>
          </>
        ) : null}
      </SheetContent>
    </Sheet>
  );
}
