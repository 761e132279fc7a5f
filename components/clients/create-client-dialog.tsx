"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { CreateDialog } from "@/components/ui/create-dialog";
import { toast } from "@/components/ui/use-toast";
import { useTRPC } from "@/lib/trpc/react";
import { EMPTY_CLIENT_FORM } from "./client-fields";
import { ClientForm } from "./client-form";

export function CreateClientDialog() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const create = useMutation(
    trpc.clients.create.mutationOptions({
      onSuccess: (client) => {
        toast({
          title: "Client created",
          description: `${client.name} was added to your clients.`,
          variant: "success",
        });
        void queryClient.invalidateQueries(trpc.clients.pathFilter());
        setOpen(false);
      },
    }),
  );

  return (
    <CreateDialog
      title="New client"
      description="A company your agency works for. You can change everything later."
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) create.reset();
      }}
    >
      {(cancel) => (
        <ClientForm
          initialValues={EMPTY_CLIENT_FORM}
          submitLabel="Create client"
          pending={create.isPending}
          error={create.error}
          onSubmit={(input) => create.mutate(input)}
          secondaryActions={cancel}
        />
      )}
    </CreateDialog>
  );
}
