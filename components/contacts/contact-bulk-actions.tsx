"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { BulkActionBar, bulkMutationCallbacks, countOf } from "@/components/ui/bulk-selection";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { useTRPC } from "@/lib/trpc/react";

type Props = { ids: string[]; onDone: () => void };

/** Deletes every selected contact after a confirmation, all or none. Render only for roles with `contact.delete`. */
export function ContactBulkActions({ ids, onDone }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const callbacks = bulkMutationCallbacks({
    success: (updated) => `Deleted ${countOf(updated, "contact")}`,
    failure: "No contact was deleted",
    onDone,
    invalidate: () => queryClient.invalidateQueries(trpc.contacts.pathFilter()),
  });
  const remove = useMutation(
    trpc.contacts.bulkDelete.mutationOptions({
      ...callbacks,
      // The refusal is in a toast; the selection stays for another try.
      onSettled: () => {
        setOpen(false);
        return callbacks.onSettled();
      },
    }),
  );
  const what = countOf(ids.length, "contact");

  return (
    <BulkActionBar count={ids.length} onClear={onDone}>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button variant="outline" className="text-destructive hover:text-destructive">
            <Trash2 aria-hidden />
            Delete selected
          </Button>
        </DialogTrigger>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Delete {what}?</DialogTitle>
            <DialogDescription>
              They leave their clients and every segment at once. This cannot be undone.
            </DialogDescription>
          </DialogHeader>
          <DialogActions>
            <Button variant="destructive" disabled={remove.isPending} onClick={() => remove.mutate({ ids })}>
              Delete
            </Button>
          </DialogActions>
        </DialogContent>
      </Dialog>
    </BulkActionBar>
  );
}
