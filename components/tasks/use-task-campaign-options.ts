"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/react";

/** The agency's campaigns (first 100), for the optional campaign a task belongs to. */
export function useTaskCampaignOptions() {
  const trpc = useTRPC();
  const query = useQuery(trpc.campaigns.list.queryOptions({ limit: 100 }));
  const campaigns = (query.data?.items ?? []).map((campaign) => ({
    id: campaign.id,
    name: campaign.name,
    clientId: campaign.clientId,
  }));
  return { campaigns, isPending: query.isPending, error: query.error };
}
