"use client";

import { useState } from "react";
import { useDebouncedValue } from "@/components/clients/use-debounced-value";
import { useCan } from "@/components/shell/org-context";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { ExportCsvLink } from "@/components/ui/export-csv-link";
import { CreateTaskDialog } from "./create-task-dialog";
import { TaskBoard } from "./task-board";
import type { TaskRecord } from "./task-fields";
import { DEFAULT_TASK_FILTERS, isFiltered, taskFilterInput, type TaskFilters } from "./task-filter-values";
import { TaskList } from "./task-list";
import { TaskSheet } from "./task-sheet";
import { TasksEmpty } from "./tasks-empty";
import { TasksFilters } from "./tasks-filters";

export function TasksPage() {
  const canCreate = useCan("task.create");
  const [filters, setFilters] = useState<TaskFilters>(DEFAULT_TASK_FILTERS);
  const [openTask, setOpenTask] = useState<TaskRecord | null>(null);
  const search = useDebouncedValue(filters.search.trim(), 250);
  const filterInput = taskFilterInput(filters, search);
  const empty = (
    <TasksEmpty
      filtered={isFiltered(filters)}
      canCreate={canCreate}
      onClearFilters={() => setFilters(DEFAULT_TASK_FILTERS)}
    />
  );

  return (
    <div className="mx-auto grid max-w-7xl gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Tasks</h1>
          <p className="text-sm text-muted-foreground">Who does what for which client, and by when.</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ExportCsvLink list="tasks" filters={filterInput} />
          {canCreate ? <CreateTaskDialog /> : null}
        </div>
      </div>
      <TasksFilters value={filters} onChange={setFilters} />
      <Tabs defaultValue="board" className="gap-4">
        <TabsList>
          <TabsTrigger value="board">Board</TabsTrigger>
          <TabsTrigger value="list">List</TabsTrigger>
        </TabsList>
        <TabsContent value="board">
          <TaskBoard filterInput={filterInput} onOpen={setOpenTask} empty={empty} />
        </TabsContent>
        <TabsContent value="list">
          <TaskList filterInput={filterInput} onOpen={setOpenTask} empty={empty} />
        </TabsContent>
      </Tabs>
      <TaskSheet task={openTask} onClose={() => setOpenTask(null)} />
    </div>
  );
}
