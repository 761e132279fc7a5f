"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Archive } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-actions";
import { TriggerDialog } from "@/components/ui/trigger-dialog";
import { toast } from "@/components/ui/use-toast";
import type { TWorkflowSummary } from "@/lib/schemas/workflows";
import { useTRPC } from "@/lib/trpc/react";

type Props = {
  workflow: Pick<TWorkflowSummary, "id" | "name">;
  /** From the workflow's own page: go back to the list once it is archived. */
  backToList?: boolean;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
};

/** Archive with a confirmation. Render only for roles with `workflow.delete`. */
export function ArchiveWorkflowDialog({ workflow, backToList = false, variant = "ghost", size = "sm" }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const archive = useMutation(
    trpc.workflows.archive.mutationOptions({
      onSuccess: () => {
        toast({ title: "Workflow archived", description: `${workflow.name} was archived.`, variant: "success" });
        setOpen(false);
        if (backToList) router.push("/workflows");
        // Only the list: refetching this workflow now would flash "not found" before the page changes.
        void queryClient.invalidateQueries(trpc.workflows.list.queryFilter());
      },
    }),
  );

  return (
    <TriggerDialog
      open={open}
      onOpenChange={setOpen}
      onClosed={archive.reset}
      title={`Archive ${workflow.name}?`}
      description="It leaves the workflow list, and its schedule and webhook stop starting runs. Its past runs stay in the run history."
      trigger={
        <Button variant={variant} size={size} className="text-destructive hover:text-destructive">
          <Archive aria-hidden />
          Archive<span className="sr-only"> {workflow.name}</span>
        </Button>
      }
    >
      <DialogActions error={archive.error?.message}>
        <Button variant="destructive" disabled={archive.isPending} onClick={() => archive.mutate({ id: workflow.id })}>
          Archive workflow
        </Button>
      </DialogActions>
    </TriggerDialog>
  );
}
