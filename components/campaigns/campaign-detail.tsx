"use client";

import { useQuery } from "@tanstack/react-query";
import { useCan } from "@/components/shell/org-context";
import { BackLink } from "@/components/ui/back-link";
import { RecordHeader } from "@/components/ui/record-header";
import { RecordNotFound } from "@/components/ui/record-not-found";
import { RecordQueryState } from "@/components/ui/record-query-state";
import { formatDate } from "@/lib/format-date";
import { useTRPC } from "@/lib/trpc/react";
import { CampaignEditForm } from "./campaign-edit-form";
import { CampaignStatusActions } from "./campaign-status-actions";
import { CampaignStatusBadge } from "./campaign-status-badge";
import { CampaignSummary } from "./campaign-summary";

export function CampaignDetail({ id }: { id: string }) {
  const trpc = useTRPC();
  const canUpdate = useCan("campaign.update");
  const canChangeStatus = useCan("campaign.status_change");
  const query = useQuery(trpc.campaigns.get.queryOptions({ id }));

  if (!query.isSuccess) {
    return (
      <RecordQueryState
        query={query}
        what="campaign"
        width="max-w-3xl"
        notFound={<RecordNotFound what="campaign" backHref="/campaigns" backLabel="Back to campaigns" />}
      />
    );
  }

  const campaign = query.data;
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <BackLink href="/campaigns">All campaigns</BackLink>
      <RecordHeader
        title={campaign.name}
        meta={
          <>
            <CampaignStatusBadge status={campaign.status} />
            <span>
              Updated <time dateTime={campaign.updatedAt.toISOString()}>{formatDate(campaign.updatedAt)}</time>
            </span>
          </>
        }
      />
      <CampaignSummary campaign={campaign} />
      {canChangeStatus ? <CampaignStatusActions campaign={campaign} /> : null}
      {canUpdate ? <CampaignEditForm campaign={campaign} /> : null}
    </div>
  );
}
