"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useDebouncedValue } from "@/components/clients/use-debounced-value";
import { useCan } from "@/components/shell/org-context";
import { useBulkSelection } from "@/components/ui/bulk-selection";
import { useTRPC } from "@/lib/trpc/react";
import { CampaignBulkActions } from "./campaign-bulk-actions";
import { CampaignsEmpty } from "./campaigns-empty";
import { CampaignsFilters, DEFAULT_CAMPAIGN_FILTERS, type CampaignListFilters } from "./campaigns-filters";
import { CampaignsTable } from "./campaigns-table";
import { CampaignsTableSkeleton } from "./campaigns-table-skeleton";
import { ExportCsvLink } from "@/components/ui/export-csv-link";
import { InfiniteListBody } from "@/components/ui/infinite-list-body";
import { CreateCampaignDialog } from "./create-campaign-dialog";
import { ImportMetricsDialog } from "./import-metrics-dialog";

const PAGE_SIZE = 25;

export function CampaignsPage() {
  const trpc = useTRPC();
  const canCreate = useCan("campaign.create");
  const canImport = useCan("metrics.import");
  const canChangeStatus = useCan("campaign.status_change");
  const [filters, setFilters] = useState<CampaignListFilters>(DEFAULT_CAMPAIGN_FILTERS);
  const search = useDebouncedValue(filters.search.trim(), 250);
  const listInput = {
    search: search || undefined,
    clientId: filters.clientId || undefined,
    status: filters.status || undefined,
    sort: filters.sort,
    order: filters.direction,
  };
  const query = useInfiniteQuery({
    ...trpc.campaigns.list.infiniteQueryOptions(
      { ...listInput, limit: PAGE_SIZE },
      { getNextPageParam: (last) => last.nextCursor },
    ),
    // Keep the rows on screen while a new filter loads instead of flashing a skeleton.
    placeholderData: keepPreviousData,
  });
  const campaigns = query.data?.pages.flatMap((page) => page.items) ?? [];
  const selection = useBulkSelection(campaigns, JSON.stringify(listInput));
  const filtered = Boolean(filters.search.trim() || filters.clientId || filters.status);

  return (
    <div className="mx-auto grid max-w-6xl gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Campaigns</h1>
          <p className="text-sm text-muted-foreground">The work your agency runs for its clients.</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ExportCsvLink list="campaigns" filters={listInput} />
          {canImport ? <ImportMetricsDialog /> : null}
          {canCreate ? <CreateCampaignDialog /> : null}
        </div>
      </div>
      <CampaignsFilters value={filters} onChange={setFilters} />
      <InfiniteListBody
        query={query}
        what="Campaigns"
        count={campaigns.length}
        skeleton={<CampaignsTableSkeleton />}
        empty={
          <CampaignsEmpty
            filtered={filtered}
            canCreate={canCreate}
            onClearFilters={() => setFilters(DEFAULT_CAMPAIGN_FILTERS)}
          />
        }
      >
        {canChangeStatus && selection.ids.length > 0 ? (
          <CampaignBulkActions ids={selection.ids} onDone={selection.clear} />
        ) : null}
        <CampaignsTable campaigns={campaigns} selection={canChangeStatus ? selection : undefined} />
      </InfiniteListBody>
    </div>
  );
}
