"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useCan } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { TASK_STATUSES } from "@/lib/schemas/tasks";
import { useTRPC } from "@/lib/trpc/react";
import { cn } from "@/lib/utils";
import { TaskBoardColumn } from "./task-board-column";
import type { TaskListInput, TaskRecord } from "./task-fields";
import { TasksSkeleton } from "./tasks-skeleton";
import { useMoveTask } from "./use-move-task";

/** The most the server returns in one page; the board does not page. */
const BOARD_LIMIT = 200;

type Props = {
  filterInput: TaskListInput;
  onOpen: (task: TaskRecord) => void;
  /** Shown instead of the columns when nothing matches. */
  empty: ReactNode;
};

export function TaskBoard({ filterInput, onOpen, empty }: Props) {
  const trpc = useTRPC();
  const canMove = useCan("task.update");
  const input: TaskListInput = { ...filterInput, limit: BOARD_LIMIT };
  const query = useQuery({ ...trpc.tasks.list.queryOptions(input), placeholderData: keepPreviousData });
  const { move } = useMoveTask(input);

  if (query.isPending) return <TasksSkeleton />;
  if (query.isError) {
    return (
      <EmptyState
        title="Tasks could not be loaded"
        description={query.error.message}
        action={<Button onClick={() => void query.refetch()}>Try again</Button>}
      />
    );
  }
  const tasks = query.data.items;
  if (tasks.length === 0) return empty;

  return (
    <div className={cn("grid gap-2 transition-opacity", query.isPlaceholderData && "opacity-60")}>
      <div className="flex gap-4 overflow-x-auto pb-2" aria-busy={query.isFetching}>
        {TASK_STATUSES.map((status) => (
          <TaskBoardColumn
            key={status}
            status={status}
            tasks={tasks.filter((task) => task.status === status)}
            canMove={canMove}
            onOpen={onOpen}
            onMove={move}
            onDropTask={(taskId, next) => {
              const task = tasks.find((candidate) => candidate.id === taskId);
              if (task) move(task, next);
            }}
          />
        ))}
      </div>
      {query.data.nextCursor ? (
        <p className="text-sm text-muted-foreground">
          The board shows the {BOARD_LIMIT} most recently updated tasks; narrow the filters or use the list to see the
          rest.
        </p>
      ) : null}
    </div>
  );
}
