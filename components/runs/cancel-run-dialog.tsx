"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleStop } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-actions";
import { TriggerDialog } from "@/components/ui/trigger-dialog";
import { toast } from "@/components/ui/use-toast";
import { useTRPC } from "@/lib/trpc/react";

/** Cancels a queued, running or waiting run after asking. Render only for roles with `workflow.run`. */
export function CancelRunDialog({ runId }: { runId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const cancel = useMutation(
    trpc.workflows.cancel.mutationOptions({
      onSuccess: () => {
        toast({ title: "Run cancelled", variant: "success" });
        setOpen(false);
      },
      // Refused or not, show the run as it is now (it may have finished meanwhile).
      onSettled: () => {
        void queryClient.invalidateQueries(trpc.workflows.runDetail.queryFilter({ id: runId }));
        void queryClient.invalidateQueries(trpc.workflows.runs.pathFilter());
        void queryClient.invalidateQueries(trpc.workflows.approvals.pathFilter());
      },
    }),
  );

  return (
    <TriggerDialog
      open={open}
      onOpenChange={setOpen}
      onClosed={cancel.reset}
      title="Cancel this run?"
      description="The step in flight is stopped, model calls included, and no further steps run. Steps that finished keep their results. A cancelled run cannot be resumed."
      trigger={
        <Button variant="outline" className="text-destructive hover:text-destructive">
          <CircleStop aria-hidden />
          Cancel run
        </Button>
      }
    >
      <DialogActions error={cancel.error?.message} cancel="Keep running">
        <Button variant="destructive" disabled={cancel.isPending} onClick={() => cancel.mutate({ id: runId })}>
          Cancel run
        </Button>
      </DialogActions>
    </TriggerDialog>
  );
}
