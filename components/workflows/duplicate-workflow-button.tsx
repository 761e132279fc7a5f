"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Copy } from "lucide-react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/use-toast";
import type { TWorkflowSummary } from "@/lib/schemas/workflows";
import { useTRPC } from "@/lib/trpc/react";

/** Copies the workflow's draft into a new workflow, "X (copy)". Render only for roles with `workflow.edit`. */
export function DuplicateWorkflowButton({ workflow }: { workflow: Pick<TWorkflowSummary, "id" | "name"> }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const duplicate = useMutation(
    trpc.workflows.duplicate.mutationOptions({
      onSuccess: (copy) => {
        toast({
          title: "Workflow duplicated",
          description: `${copy.name} holds a copy of the draft.`,
          variant: "success",
        });
        void queryClient.invalidateQueries(trpc.workflows.list.queryFilter());
      },
      onError: (error) =>
        toast({ title: "The workflow was not duplicated", description: error.message, variant: "destructive" }),
    }),
  );
  return (
    <Button
      variant="ghost"
      size="sm"
      disabled={duplicate.isPending}
      onClick={() => duplicate.mutate({ id: workflow.id })}
    >
      <Copy aria-hidden />
      Duplicate<span className="sr-only"> {workflow.name}</span>
    </Button>
  );
}
