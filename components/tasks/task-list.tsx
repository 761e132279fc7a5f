"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { useCan } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { useBulkSelection } from "@/components/ui/bulk-selection";
import { EmptyState } from "@/components/ui/empty-state";
import { useTRPC } from "@/lib/trpc/react";
import { cn } from "@/lib/utils";
import { TaskBulkActions } from "./task-bulk-actions";
import type { TaskListInput, TaskRecord } from "./task-fields";
import { DEFAULT_TASK_SORT, TaskListSortFields, type TaskListSort } from "./task-list-sort";
import { TaskTable } from "./task-table";
import { TasksSkeleton } from "./tasks-skeleton";

const PAGE_SIZE = 25;

type Props = {
  filterInput: TaskListInput;
  onOpen: (task: TaskRecord) => void;
  /** Shown instead of the table when nothing matches. */
  empty: ReactNode;
};

export function TaskList({ filterInput, onOpen, empty }: Props) {
  const trpc = useTRPC();
  const canUpdate = useCan("task.update");
  const [sort, setSort] = useState<TaskListSort>(DEFAULT_TASK_SORT);
  const query = useInfiniteQuery({
    ...trpc.tasks.list.infiniteQueryOptions(
      { ...filterInput, sort: sort.sort, order: sort.order, limit: PAGE_SIZE },
      { getNextPageParam: (last) => last.nextCursor },
    ),
    placeholderData: keepPreviousData,
  });
  const tasks = query.data?.pages.flatMap((page) => page.items) ?? [];
  // A selection only ever covers rows on screen: a new filter drops what it hides.
  const selection = useBulkSelection(tasks);

  let body: ReactNode;
  if (query.isPending) body = <TasksSkeleton />;
  else if (query.isError) {
    body = (
      <EmptyState
        title="Tasks could not be loaded"
        description={query.error.message}
        action={<Button onClick={() => void query.refetch()}>Try again</Button>}
      />
    );
  } else if (tasks.length === 0) body = empty;
  else {
    body = (
      <div
        className={cn("grid gap-4 transition-opacity", query.isPlaceholderData && "opacity-60")}
        aria-busy={query.isFetching}
      >
        {canUpdate && selection.ids.length > 0 ? (
          <TaskBulkActions ids={selection.ids} onDone={selection.clear} />
        ) : null}
        <TaskTable tasks={tasks} selection={canUpdate ? selection : undefined} onOpen={onOpen} />
        {query.hasNextPage ? (
          <Button
            variant="outline"
            className="justify-self-center"
            disabled={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            {query.isFetchingNextPage ? "Loading…" : "Load more"}
          </Button>
        ) : null}
      </div>
    );
  }

  return (
    <div className="grid gap-4">
      <TaskListSortFields value={sort} onChange={setSort} />
      {body}
    </div>
  );
}
