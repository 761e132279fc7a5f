"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { useCan } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDate } from "@/lib/format-date";
import { useTRPC } from "@/lib/trpc/react";
import { CampaignEditForm } from "./campaign-edit-form";
import { CampaignNotFound } from "./campaign-not-found";
import { CampaignStatusActions } from "./campaign-status-actions";
import { CampaignStatusBadge } from "./campaign-status-badge";
import { CampaignSummary } from "./campaign-summary";

export function CampaignDetail({ id }: { id: string }) {
  const trpc = useTRPC();
  const canUpdate = useCan("campaign.update");
  const canChangeStatus = useCan("campaign.status_change");
  const query = useQuery(trpc.campaigns.get.queryOptions({ id }));

  if (query.isPending) {
    return (
      <div className="mx-auto grid max-w-3xl gap-4" role="status" aria-label="Loading campaign">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-96 w-full" />
      </div>
    );
  }
  if (query.isError) {
    // Another agency's campaign answers NOT_FOUND, exactly like a missing one; a malformed id is no different.
    const code = query.error.data?.code;
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") return <CampaignNotFound />;
    return (
      <EmptyState
        title="This campaign could not be loaded"
        description={query.error.message}
        action={<Button onClick={() => void query.refetch()}>Try again</Button>}
      />
    );
  }

  const campaign = query.data;
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <Link
        href="/campaigns"
        className="flex w-fit items-center gap-1 rounded-sm text-sm text-muted-foreground outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50"
      >
        <ArrowLeft aria-hidden className="size-4" />
        All campaigns
      </Link>
      <div className="grid gap-2">
        <h1 className="text-2xl font-semibold tracking-tight break-words">{campaign.name}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
          <CampaignStatusBadge status={campaign.status} />
          <span>
            Updated <time dateTime={campaign.updatedAt.toISOString()}>{formatDate(campaign.updatedAt)}</time>
          </span>
        </p>
      </div>
      <CampaignSummary campaign={campaign} />
      {canChangeStatus ? <CampaignStatusActions campaign={campaign} /> : null}
      {canUpdate ? <CampaignEditForm campaign={campaign} /> : null}
    </div>
  );
}
