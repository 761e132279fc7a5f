"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/use-toast";
import { CAMPAIGN_TRANSITIONS } from "@/lib/schemas/campaigns";
import { useTRPC } from "@/lib/trpc/react";
import { TRANSITION_LABELS, type CampaignRecord } from "./campaign-fields";

/** One button per status the campaign may move to next. Render only for roles with `campaign.status_change`. */
export function CampaignStatusActions({ campaign }: { campaign: CampaignRecord }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const transition = useMutation(
    trpc.campaigns.transition.mutationOptions({
      onSuccess: (updated) => {
        queryClient.setQueryData(trpc.campaigns.get.queryKey({ id: updated.id }), updated);
        void queryClient.invalidateQueries(trpc.campaigns.pathFilter());
        toast({ title: "Status changed", variant: "success" });
      },
      onError: (error) => {
        toast({ title: "The status was not changed", description: error.message, variant: "destructive" });
        // Someone else may have moved it: show the status as it is now.
        void queryClient.invalidateQueries(trpc.campaigns.get.queryFilter({ id: campaign.id }));
      },
    }),
  );
  const next = CAMPAIGN_TRANSITIONS[campaign.status];

  return (
    <section aria-labelledby="campaign-status-heading" className="grid gap-3 rounded-xl border p-6">
      <h2 id="campaign-status-heading" className="text-base font-semibold">
        Status
      </h2>
      {next.length === 0 ? (
        <p className="text-sm text-muted-foreground">Archived campaigns stay archived.</p>
      ) : (
        <div className="flex flex-wrap gap-2">
          {next.map((status) => (
            <Button
              key={status}
              variant={status === "archived" ? "outline" : "secondary"}
              disabled={transition.isPending}
              onClick={() => transition.mutate({ id: campaign.id, to: status })}
            >
              {TRANSITION_LABELS[status]}
            </Button>
          ))}
        </div>
      )}
    </section>
  );
}
