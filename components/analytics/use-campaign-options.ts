"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/react";

/** The first 100 campaigns (not archived), of one client when `clientId` is set, for the campaign filter. */
export function useCampaignOptions(clientId: string) {
  const trpc = useTRPC();
  const query = useQuery(trpc.campaigns.list.queryOptions({ clientId: clientId || undefined, limit: 100 }));
  const campaigns = (query.data?.items ?? []).map((campaign) => ({ id: campaign.id, name: campaign.name }));
  return { campaigns, isPending: query.isPending };
}
