"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { BulkActionBar, bulkMutationCallbacks, countOf } from "@/components/ui/bulk-selection";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
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
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">Cancel</Button>
            </DialogClose>
            <Button variant="destructive" disabled={remove.isPending} onClick={() => remove.mutate({ ids })}>
              Delete
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </BulkActionBar>
  );
}
