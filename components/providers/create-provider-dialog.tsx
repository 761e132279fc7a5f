"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { CreateDialog } from "@/components/ui/create-dialog";
import { toast } from "@/components/ui/use-toast";
import { useTRPC } from "@/lib/trpc/react";
import { ProviderForm } from "./provider-form";
import { EMPTY_PROVIDER_FORM } from "./provider-form-values";

export function CreateProviderDialog() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const create = useMutation(
    trpc.providers.create.mutationOptions({
      onSuccess: (provider) => {
        toast({ title: "Provider added", description: `Agents can now use ${provider.name}.`, variant: "success" });
        void queryClient.invalidateQueries(trpc.providers.pathFilter());
        setOpen(false);
      },
    }),
  );

  return (
    <CreateDialog
      title="Add provider"
      description="Connect an AI provider with your own API key. Test the connection to see and enable its models."
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) create.reset();
      }}
    >
      {() => (
        <ProviderForm
          initialValues={EMPTY_PROVIDER_FORM}
          submitLabel="Add provider"
          pending={create.isPending}
          error={create.error}
          onSubmit={(input) => create.mutate(input)}
        />
      )}
    </CreateDialog>
  );
}
