"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Pencil } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TriggerDialog } from "@/components/ui/trigger-dialog";
import { toast } from "@/components/ui/use-toast";
import type { TProvider } from "@/lib/schemas/providers";
import { useTRPC } from "@/lib/trpc/react";
import { ProviderForm } from "./provider-form";
import { providerToFormValues } from "./provider-form-values";

export function EditProviderDialog({ provider }: { provider: TProvider }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const update = useMutation(
    trpc.providers.update.mutationOptions({
      onSuccess: async (updated) => {
        await queryClient.invalidateQueries(trpc.providers.pathFilter());
        toast({ title: "Changes saved", description: `${updated.name} was updated.`, variant: "success" });
        setOpen(false);
      },
    }),
  );

  return (
    <TriggerDialog
      open={open}
      onOpenChange={setOpen}
      onClosed={update.reset}
      className="sm:max-w-xl"
      title={`Edit ${provider.name}`}
      description="Agents using this provider pick up the changes on their next run."
      trigger={
        <Button variant="ghost" size="sm">
          <Pencil aria-hidden />
          Edit<span className="sr-only"> {provider.name}</span>
        </Button>
      }
    >
      {/* Mounted only while open, so each edit starts from what is saved. */}
      <ProviderForm
        initialValues={providerToFormValues(provider)}
        saved={provider}
        submitLabel="Save changes"
        pending={update.isPending}
        error={update.error}
        errorPrefix="patch"
        onSubmit={({ apiKey, ...fields }, clearApiKey) =>
          update.mutate({
            id: provider.id,
            patch: {
              ...fields,
              baseUrl: fields.baseUrl ?? null,
              ...(apiKey ? { apiKey } : clearApiKey && { clearApiKey: true }),
            },
          })
        }
      />
    </TriggerDialog>
  );
}
