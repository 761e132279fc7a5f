"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { CreateDialog } from "@/components/ui/create-dialog";
import { toast } from "@/components/ui/use-toast";
import { useTRPC } from "@/lib/trpc/react";
import { EMPTY_TASK_FORM } from "./task-fields";
import { TaskForm } from "./task-form";

export function CreateTaskDialog() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const create = useMutation(
    trpc.tasks.create.mutationOptions({
      onSuccess: (task) => {
        toast({ title: "Task created", description: `${task.title} was added.`, variant: "success" });
        void queryClient.invalidateQueries(trpc.tasks.pathFilter());
        setOpen(false);
      },
    }),
  );

  return (
    <CreateDialog
      title="New task"
      description="Only the title is required; assign it and link a client when you know more."
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) create.reset();
      }}
    >
      {(cancel) => (
        <TaskForm
          initialValues={EMPTY_TASK_FORM}
          submitLabel="Create task"
          pending={create.isPending}
          error={create.error}
          onSubmit={(input) => create.mutate(input)}
          secondaryActions={cancel}
        />
      )}
    </CreateDialog>
  );
}
