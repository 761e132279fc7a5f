"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
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
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) create.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden />
          New campaign
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>New campaign</DialogTitle>
          <DialogDescription>
            It starts as a draft; schedule it when it is ready. You can change everything but the client later.
          </DialogDescription>
        </DialogHeader>
        <CampaignForm
          initialValues={EMPTY_CAMPAIGN_FORM}
          showClient
          submitLabel="Create campaign"
          pending={create.isPending}
          error={create.error}
          onSubmit={(input) => create.mutate(input)}
          secondaryActions={
            <DialogClose asChild>
              <Button variant="outline">Cancel</Button>
            </DialogClose>
          }
        />
      </DialogContent>
    </Dialog>
  );
}
