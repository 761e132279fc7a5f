"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { useTRPC } from "@/lib/trpc/react";
import { cn } from "@/lib/utils";
import { defaultFilters, type AnalyticsFilterState } from "./analytics-filter-state";
import { AnalyticsEmpty } from "./analytics-empty";
import { AnalyticsFilters } from "./analytics-filters";
import { AnalyticsReport } from "./analytics-report";
import { AnalyticsSkeleton } from "./analytics-skeleton";
import { rangeErrors } from "./date-range";

export function AnalyticsPage() {
  const trpc = useTRPC();
  const [filters, setFilters] = useState<AnalyticsFilterState>(() => defaultFilters());
  // A half-typed custom range is not sent; the last good report stays on screen meanwhile.
  const valid = Object.keys(rangeErrors(filters)).length === 0;
  const query = useQuery({
    ...trpc.metrics.analytics.queryOptions({
      from: filters.from,
      to: filters.to,
      clientId: filters.clientId || undefined,
      campaignId: filters.campaignId || undefined,
    }),
    enabled: valid,
    placeholderData: keepPreviousData,
  });

  return (
    <div className="mx-auto grid max-w-6xl gap-6">
      <div className="grid gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Analytics</h1>
          <p className="text-sm text-muted-foreground">How your campaigns performed, and where it changed.</p>
        </div>
        <AnalyticsFilters value={filters} onChange={setFilters} />
      </div>
      {query.isError ? (
        <EmptyState
          title="Analytics could not be loaded"
          description={query.error.message}
          action={<Button onClick={() => void query.refetch()}>Try again</Button>}
        />
      ) : !query.data ? (
        <AnalyticsSkeleton />
      ) : (
        <div className={cn("transition-opacity", query.isPlaceholderData && "opacity-60")} aria-busy={query.isFetching}>
          {query.data.campaigns.length === 0 ? <AnalyticsEmpty /> : <AnalyticsReport data={query.data} />}
        </div>
      )}
    </div>
  );
}
