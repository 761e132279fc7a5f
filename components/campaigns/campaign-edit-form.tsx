"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/use-toast";
import { useTRPC } from "@/lib/trpc/react";
import { campaignToFormValues, type CampaignRecord } from "./campaign-fields";
import { CampaignForm } from "./campaign-form";

export function CampaignEditForm({ campaign }: { campaign: CampaignRecord }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(
    trpc.campaigns.update.mutationOptions({
      onSuccess: (updated) => {
        queryClient.setQueryData(trpc.campaigns.get.queryKey({ id: updated.id }), updated);
        void queryClient.invalidateQueries(trpc.campaigns.pathFilter());
        toast({ title: "Changes saved", description: `${updated.name} was updated.`, variant: "success" });
      },
    }),
  );
  const values = campaignToFormValues(campaign);
  return (
    <section aria-labelledby="campaign-edit-heading" className="grid gap-4 rounded-xl border p-6">
      <h2 id="campaign-edit-heading" className="text-base font-semibold">
        Edit details
      </h2>
      <CampaignForm
        // A fresh form whenever the stored fields change (the server trims and upper-cases); a status
        // change alone keeps what is being typed.
        key={JSON.stringify(values)}
        initialValues={values}
        showClient={false}
        submitLabel="Save changes"
        pending={update.isPending}
        error={update.error}
        errorPrefix="patch"
        onSubmit={({ clientId: _clientId, ...patch }) => update.mutate({ id: campaign.id, patch })}
      />
    </section>
  );
}
