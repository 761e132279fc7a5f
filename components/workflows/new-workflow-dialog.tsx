"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { CreateDialog } from "@/components/ui/create-dialog";
import { toast } from "@/components/ui/use-toast";
import { useTRPC } from "@/lib/trpc/react";
import { NewWorkflowForm } from "./new-workflow-form";

type Props = { open: boolean; onOpenChange: (open: boolean) => void };

/** Render only for roles with `workflow.edit`. A created workflow opens on its page. */
export function NewWorkflowDialog({ open, onOpenChange }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const create = useMutation(
    trpc.workflows.create.mutationOptions({
      onSuccess: (workflow) => {
        toast({ title: "Workflow created", description: `${workflow.name} is ready as a draft.`, variant: "success" });
        queryClient.setQueryData(trpc.workflows.get.queryKey({ id: workflow.id }), workflow);
        void queryClient.invalidateQueries(trpc.workflows.list.queryFilter());
        onOpenChange(false);
        router.push(`/workflows/${workflow.id}`);
      },
    }),
  );

  return (
    <CreateDialog
      title="New workflow"
      description="Start from a template made for agency work, or from a blank workflow that returns its input."
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (!next) create.reset();
      }}
    >
      {() => (
        <NewWorkflowForm pending={create.isPending} error={create.error} onSubmit={(input) => create.mutate(input)} />
      )}
    </CreateDialog>
  );
}
