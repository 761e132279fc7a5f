"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { CreateDialog } from "@/components/ui/create-dialog";
import { toast } from "@/components/ui/use-toast";
import { useTRPC } from "@/lib/trpc/react";
import { EMPTY_CAMPAIGN_FORM } from "./campaign-fields";
import { CampaignForm } from "./campaign-form";

export function CreateCampaignDialog() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const create = useMutation(
    trpc.campaigns.create.mutationOptions({
      onSuccess: (campaign) => {
        toast({
          title: "Campaign created",
          description: `${campaign.name} was added for ${campaign.client.name}.`,
          variant: "success",
        });
        void queryClient.invalidateQueries(trpc.campaigns.pathFilter());
        setOpen(false);
      },
    }),
  );

  return (
    <CreateDialog
      title="New campaign"
      description="It starts as a draft; schedule it when it is ready. You can change everything but the client later."
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) create.reset();
      }}
    >
      {(cancel) => (
        <CampaignForm
          initialValues={EMPTY_CAMPAIGN_FORM}
          showClient
          submitLabel="Create campaign"
          pending={create.isPending}
          error={create.error}
          onSubmit={(input) => create.mutate(input)}
          secondaryActions={cancel}
        />
      )}
    </CreateDialog>
  );
}
