"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Undo2 } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-actions";
import { TriggerDialog } from "@/components/ui/trigger-dialog";
import { toast } from "@/components/ui/use-toast";
import type { TWorkflow } from "@/lib/schemas/workflows";
import { useTRPC } from "@/lib/trpc/react";

type Props = {
  workflow: Pick<TWorkflow, "id" | "publishedVersion">;
  version: number;
  /** After the rollback (the editor loads the replaced draft). */
  onRolledBack?: (published: number) => void;
};

/** Publishes an old version again as the newest and makes it the draft. Render only for `workflow.publish`. */
export function RollbackVersionDialog({ workflow, version, onRolledBack }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const next = (workflow.publishedVersion ?? 0) + 1;
  const rollback = useMutation(
    trpc.workflows.rollback.mutationOptions({
      onSuccess: ({ version: published }) => {
        toast({
          title: `Rolled back to version ${version}`,
          description: `It is live again as version ${published}, and the draft is now that version.`,
          variant: "success",
        });
        setOpen(false);
        void queryClient.invalidateQueries(trpc.workflows.pathFilter());
        onRolledBack?.(published);
      },
    }),
  );

  return (
    <TriggerDialog
      open={open}
      onOpenChange={setOpen}
      onClosed={rollback.reset}
      title={`Roll back to version ${version}?`}
      description={`Version ${version} is published again as version ${next}, and the draft is replaced by it: changes in the draft that were never published are lost. The history keeps every version.`}
      trigger={
        <Button variant="ghost" size="sm">
          <Undo2 aria-hidden />
          Roll back<span className="sr-only"> to version {version}</span>
        </Button>
      }
    >
      <DialogActions error={rollback.error?.message}>
        <Button disabled={rollback.isPending} onClick={() => rollback.mutate({ id: workflow.id, version })}>
          {rollback.isPending ? "Rolling back…" : `Roll back to version ${version}`}
        </Button>
      </DialogActions>
    </TriggerDialog>
  );
}
