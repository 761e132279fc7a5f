"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/use-toast";
import { useTRPC } from "@/lib/trpc/react";
import { clientToFormValues, type ClientRecord } from "./client-fields";
import { ClientForm } from "./client-form";

export function ClientEditForm({ client }: { client: ClientRecord }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(
    trpc.clients.update.mutationOptions({
      onSuccess: (updated) => {
        queryClient.setQueryData(trpc.clients.get.queryKey({ id: updated.id }), updated);
        void queryClient.invalidateQueries(trpc.clients.pathFilter());
        toast({ title: "Changes saved", description: `${updated.name} was updated.`, variant: "success" });
      },
    }),
  );
  return (
    <section aria-labelledby="client-edit-heading" className="grid gap-4 rounded-xl border p-6">
      <h2 id="client-edit-heading" className="text-base font-semibold">
        Details
      </h2>
      <ClientForm
        // A fresh form after each save shows the stored values (tags are normalised by the server).
        key={client.updatedAt.getTime()}
        initialValues={clientToFormValues(client)}
        submitLabel="Save changes"
        pending={update.isPending}
        error={update.error}
        errorPrefix="patch"
        onSubmit={(patch) => update.mutate({ id: client.id, patch })}
      />
    </section>
  );
}
