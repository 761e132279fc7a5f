"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-actions";
import { TriggerDialog } from "@/components/ui/trigger-dialog";
import { toast } from "@/components/ui/use-toast";
import type { TProvider } from "@/lib/schemas/providers";
import { useTRPC } from "@/lib/trpc/react";

export function DeleteProviderDialog({ provider }: { provider: Pick<TProvider, "id" | "name"> }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const remove = useMutation(
    trpc.providers.delete.mutationOptions({
      onSuccess: () => {
        toast({ title: "Provider deleted", description: `${provider.name} was removed.`, variant: "success" });
        void queryClient.invalidateQueries(trpc.providers.pathFilter());
        setOpen(false);
      },
    }),
  );

  return (
    <TriggerDialog
      open={open}
      onOpenChange={setOpen}
      onClosed={remove.reset}
      title={`Delete ${provider.name}?`}
      description="Its stored API key is deleted with it. A provider that agents still use cannot be deleted: move them to another provider first."
      trigger={
        <Button variant="ghost" size="sm" className="text-destructive hover:text-destructive">
          <Trash2 aria-hidden />
          Delete<span className="sr-only"> {provider.name}</span>
        </Button>
      }
    >
      {/* The server's refusal (agents still use it) is shown as it words it. */}
      <DialogActions error={remove.error?.message}>
        <Button variant="destructive" disabled={remove.isPending} onClick={() => remove.mutate({ id: provider.id })}>
          Delete provider
        </Button>
      </DialogActions>
    </TriggerDialog>
  );
}
