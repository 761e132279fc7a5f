"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-actions";
import { TriggerDialog } from "@/components/ui/trigger-dialog";
import { toast } from "@/components/ui/use-toast";
import type { TCustomTool } from "@/lib/schemas/custom-tools";
import { useTRPC } from "@/lib/trpc/react";

function usedBy(agents: TCustomTool["agents"]): string {
  if (!agents.length) return "No agent uses it.";
  const names = agents.map((agent) => agent.name).join(", ");
  return agents.length === 1 ? `${names} loses it.` : `${agents.length} agents lose it: ${names}.`;
}

export function DeleteCustomToolDialog({ tool }: { tool: Pick<TCustomTool, "id" | "name" | "agents"> }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const remove = useMutation(
    trpc.customTools.delete.mutationOptions({
      onSuccess: () => {
        toast({ title: "Tool deleted", description: `custom.${tool.name} was removed.`, variant: "success" });
        void queryClient.invalidateQueries(trpc.customTools.pathFilter());
        void queryClient.invalidateQueries(trpc.agents.pathFilter());
        setOpen(false);
      },
    }),
  );

  return (
    <TriggerDialog
      open={open}
      onOpenChange={setOpen}
      onClosed={remove.reset}
      title={`Delete custom.${tool.name}?`}
      description={`Its stored auth header is deleted with it, and every agent stops being able to call it. ${usedBy(tool.agents)}`}
      trigger={
        <Button variant="ghost" size="sm" className="text-destructive hover:text-destructive">
          <Trash2 aria-hidden />
          Delete<span className="sr-only"> custom.{tool.name}</span>
        </Button>
      }
    >
      <DialogActions error={remove.error?.message}>
        <Button variant="destructive" disabled={remove.isPending} onClick={() => remove.mutate({ id: tool.id })}>
          Delete tool
        </Button>
      </DialogActions>
    </TriggerDialog>
  );
}
