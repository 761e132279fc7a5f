"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-actions";
import { TriggerDialog } from "@/components/ui/trigger-dialog";
import { toast } from "@/components/ui/use-toast";
import type { TAgent } from "@/lib/schemas/agents";
import { useTRPC } from "@/lib/trpc/react";

/** Delete with a confirmation, then back to the list. Render only for roles with `agent.manage`. */
export function DeleteAgentDialog({ agent }: { agent: Pick<TAgent, "id" | "name"> }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const remove = useMutation(
    trpc.agents.delete.mutationOptions({
      onSuccess: () => {
        toast({ title: "Agent deleted", description: `${agent.name} was deleted.`, variant: "success" });
        router.push("/agents");
        // Only the list: refetching this agent now would flash "not found" before the page changes.
        void queryClient.invalidateQueries(trpc.agents.list.queryFilter());
      },
    }),
  );

  return (
    <TriggerDialog
      open={open}
      onOpenChange={setOpen}
      onClosed={remove.reset}
      title={`Delete ${agent.name}?`}
      description="Its settings, instructions and variables are deleted. This cannot be undone."
      trigger={
        <Button variant="outline" className="text-destructive hover:text-destructive">
          <Trash2 aria-hidden />
          Delete
        </Button>
      }
    >
      <DialogActions error={remove.error?.message}>
        <Button variant="destructive" disabled={remove.isPending} onClick={() => remove.mutate({ id: agent.id })}>
          Delete agent
        </Button>
      </DialogActions>
    </TriggerDialog>
  );
}
