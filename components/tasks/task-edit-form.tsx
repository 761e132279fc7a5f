"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/use-toast";
import { useTRPC } from "@/lib/trpc/react";
import { changedFields, formValuesToInput, taskToFormValues, type TaskRecord } from "./task-fields";
import { TaskForm } from "./task-form";

export function TaskEditForm({ task }: { task: TaskRecord }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(
    trpc.tasks.update.mutationOptions({
      onSuccess: (updated) => {
        queryClient.setQueryData(trpc.tasks.get.queryKey({ id: updated.id }), updated);
        void queryClient.invalidateQueries(trpc.tasks.pathFilter());
        toast({ title: "Changes saved", description: `${updated.title} was updated.`, variant: "success" });
      },
    }),
  );
  const values = taskToFormValues(task);
  return (
    <section aria-labelledby="task-edit-heading" className="grid gap-4 border-t pt-4">
      <h3 id="task-edit-heading" className="text-sm font-semibold">
        Edit task
      </h3>
      <TaskForm
        // A fresh form whenever the stored task changes (e.g. moved on the board meanwhile).
        key={JSON.stringify(values)}
        initialValues={values}
        submitLabel="Save changes"
        pending={update.isPending}
        error={update.error}
        errorPrefix="patch"
        labels={{ assignee: task.assignee?.name, client: task.client?.name, campaign: task.campaign?.name }}
        onSubmit={(input) => {
          const patch = changedFields(formValuesToInput(values), input);
          if (Object.keys(patch).length === 0) {
            toast({ title: "Nothing to save", description: "No field was changed." });
            return;
          }
          update.mutate({ id: task.id, patch });
        }}
      />
    </section>
  );
}
