"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/use-toast";
import { TASK_STATUS_LABELS, type TaskStatus } from "@/lib/schemas/tasks";
import { useTRPC } from "@/lib/trpc/react";
import type { TaskListInput, TaskRecord } from "./task-fields";

/**
 * Moves a board card to another status. The card moves at once in the board's cached page
 * and goes back if the server refuses.
 */
export function useMoveTask(boardInput: TaskListInput) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const boardKey = trpc.tasks.list.queryKey(boardInput);
  const mutation = useMutation(
    trpc.tasks.update.mutationOptions({
      onMutate: async ({ id, patch }) => {
        await queryClient.cancelQueries({ queryKey: boardKey });
        const previous = queryClient.getQueryData(boardKey);
        const status = patch.status;
        if (previous && status) {
          queryClient.setQueryData(boardKey, {
            ...previous,
            items: previous.items.map((task) => (task.id === id ? { ...task, status } : task)),
          });
        }
        return { previous };
      },
      onError: (error, _input, context) => {
        if (context?.previous) queryClient.setQueryData(boardKey, context.previous);
        toast({ title: "The task could not be moved", description: error.message, variant: "destructive" });
      },
      onSettled: () => queryClient.invalidateQueries(trpc.tasks.pathFilter()),
    }),
  );
  return {
    move(task: TaskRecord, status: TaskStatus) {
      if (task.status === status) return;
      mutation.mutate(
        { id: task.id, patch: { status } },
        {
          onSuccess: (updated) =>
            toast({ title: "Task moved", description: `${updated.title} is now ${TASK_STATUS_LABELS[status]}.` }),
        },
      );
    },
  };
}
