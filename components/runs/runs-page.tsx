"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { InfiniteListBody } from "@/components/ui/infinite-list-body";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { useTRPC } from "@/lib/trpc/react";
import { EMPTY_RUN_FILTERS, hasAnyRunFilter, toRunsInput } from "./run-filter-values";
import { isLiveStatus } from "./run-labels";
import { RunsEmpty } from "./runs-empty";
import { RunsFilters } from "./runs-filters";
import { RunsTable } from "./runs-table";
import { useNow } from "./use-now";
import { useRunFilters } from "./use-run-filters";

const PAGE_SIZE = 50;
/** How often the list asks again while a run on it has not finished. */
const LIVE_REFRESH_MS = 5_000;

export function RunsPage() {
  const trpc = useTRPC();
  const [filters, setFilters] = useRunFilters();
  const query = useInfiniteQuery({
    ...trpc.workflows.runs.infiniteQueryOptions(
      { ...toRunsInput(filters), limit: PAGE_SIZE },
      { getNextPageParam: (last) => last.nextCursor },
    ),
    // Keep the rows on screen while a new filter loads instead of flashing a skeleton.
    placeholderData: keepPreviousData,
    refetchInterval: (current) =>
      current.state.data?.pages.some((page) => page.runs.some((run) => isLiveStatus(run.status)))
        ? LIVE_REFRESH_MS
        : false,
  });
  const runs = query.data?.pages.flatMap((page) => page.runs) ?? [];
  const now = useNow(runs.some((run) => isLiveStatus(run.status)));

  return (
    <div className="mx-auto grid max-w-6xl gap-6">
      <div className="grid max-w-2xl gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Runs</h1>
        <p className="text-sm text-muted-foreground">
          Every run of your agency&apos;s workflows, newest first: how it went, how long it took and what it cost.
        </p>
      </div>
      <RunsFilters value={filters} onChange={setFilters} />
      <InfiniteListBody
        query={query}
        what="Runs"
        count={runs.length}
        skeleton={<TableSkeleton label="Loading runs" rows={6} />}
        empty={<RunsEmpty filtered={hasAnyRunFilter(filters)} onClearFilters={() => setFilters(EMPTY_RUN_FILTERS)} />}
      >
        <RunsTable runs={runs} now={now} />
      </InfiniteListBody>
    </div>
  );
}
