"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { CreateDialog } from "@/components/ui/create-dialog";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { toast } from "@/components/ui/use-toast";
import type { TCreateWorkflowInput, TDescribedWorkflow, TWorkflow } from "@/lib/schemas/workflows";
import { useTRPC } from "@/lib/trpc/react";
import { DescribeWorkflowForm } from "./describe-workflow-form";
import { NewWorkflowForm } from "./new-workflow-form";

type Props = { open: boolean; onOpenChange: (open: boolean) => void };

/** What the toast says about a described workflow: who drafted it, and that the offline model used a template. */
function draftedNote(workflow: TWorkflow, draft: Pick<TDescribedWorkflow, "source" | "repaired">): string {
  if (draft.source === "offline-template")
    return `The offline model drafted ${workflow.name} from the template of that name. Review it before publishing.`;
  return `The Chief of Staff drafted ${workflow.name}${draft.repaired ? " (fixing its first draft's problems)" : ""}. Review it before publishing.`;
}

/**
 * Render only for roles with `workflow.edit`. A workflow from a template or blank opens on its
 * page; a described one opens in the editor, for review.
 */
export function NewWorkflowDialog({ open, onOpenChange }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const create = useMutation(trpc.workflows.create.mutationOptions());

  function created(workflow: TWorkflow, description: string, path: string) {
    toast({ title: "Workflow created", description, variant: "success" });
    queryClient.setQueryData(trpc.workflows.get.queryKey({ id: workflow.id }), workflow);
    void queryClient.invalidateQueries(trpc.workflows.list.queryFilter());
    onOpenChange(false);
    router.push(path);
  }

  function createPicked(input: TCreateWorkflowInput) {
    create.mutate(input, {
      onSuccess: (workflow) => created(workflow, `${workflow.name} is ready as a draft.`, `/workflows/${workflow.id}`),
    });
  }

  function createDescribed(input: TCreateWorkflowInput, draft: Pick<TDescribedWorkflow, "source" | "repaired">) {
    create.mutate(input, {
      onSuccess: (workflow) => created(workflow, draftedNote(workflow, draft), `/workflows/${workflow.id}/edit`),
    });
  }

  return (
    <CreateDialog
      title="New workflow"
      description="Start from a template made for agency work or a blank workflow, or describe it and let the Chief of Staff draft it."
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (!next) create.reset();
      }}
    >
      {() => (
        <Tabs defaultValue="pick" onValueChange={() => create.reset()}>
          <TabsList className="w-full">
            <TabsTrigger value="pick">Template or blank</TabsTrigger>
            <TabsTrigger value="describe">Describe it</TabsTrigger>
          </TabsList>
          <TabsContent value="pick" className="pt-2">
            <NewWorkflowForm pending={create.isPending} error={create.error} onSubmit={createPicked} />
          </TabsContent>
          <TabsContent value="describe" className="pt-2">
            <DescribeWorkflowForm creating={create.isPending} createError={create.error} onCreate={createDescribed} />
          </TabsContent>
        </Tabs>
      )}
    </CreateDialog>
  );
}
