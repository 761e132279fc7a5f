"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-actions";
import { TriggerDialog } from "@/components/ui/trigger-dialog";
import { toast } from "@/components/ui/use-toast";
import { useTRPC } from "@/lib/trpc/react";
import type { ContactRecord } from "./contact-fields";

/** Delete with a confirmation. Render only for roles with `contact.delete`. */
export function DeleteContactDialog({ contact }: { contact: ContactRecord }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const remove = useMutation(
    trpc.contacts.delete.mutationOptions({
      onSuccess: () => {
        toast({ title: "Contact deleted", description: `${contact.name} was deleted.`, variant: "success" });
        void queryClient.invalidateQueries(trpc.contacts.pathFilter());
        setOpen(false);
      },
    }),
  );

  return (
    <TriggerDialog
      open={open}
      onOpenChange={setOpen}
      onClosed={remove.reset}
      title={`Delete ${contact.name}?`}
      description={`The contact leaves ${contact.client.name} and every segment at once. This cannot be undone.`}
      trigger={
        <Button variant="ghost" size="sm" className="text-destructive hover:text-destructive">
          Delete<span className="sr-only"> {contact.name}</span>
        </Button>
      }
    >
      <DialogActions error={remove.error?.message}>
        <Button variant="destructive" disabled={remove.isPending} onClick={() => remove.mutate({ id: contact.id })}>
          Delete contact
        </Button>
      </DialogActions>
    </TriggerDialog>
  );
}
