"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { CreateDialog } from "@/components/ui/create-dialog";
import { toast } from "@/components/ui/use-toast";
import { useTRPC } from "@/lib/trpc/react";
import { emptyContactForm } from "./contact-fields";
import { ContactForm } from "./contact-form";

/** `defaultClientId` preselects the client the list is filtered to. */
export function CreateContactDialog({ defaultClientId = "" }: { defaultClientId?: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const create = useMutation(
    trpc.contacts.create.mutationOptions({
      onSuccess: (contact) => {
        toast({
          title: "Contact created",
          description: `${contact.name} was added to ${contact.client.name}.`,
          variant: "success",
        });
        void queryClient.invalidateQueries(trpc.contacts.pathFilter());
        setOpen(false);
      },
    }),
  );

  return (
    <CreateDialog
      title="New contact"
      description="A person at one of your clients. Record only the consent they gave you."
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) create.reset();
      }}
    >
      {(cancel) => (
        <ContactForm
          initialValues={emptyContactForm(defaultClientId)}
          submitLabel="Create contact"
          pending={create.isPending}
          error={create.error}
          onSubmit={(input) => create.mutate(input)}
          secondaryActions={cancel}
        />
      )}
    </CreateDialog>
  );
}
