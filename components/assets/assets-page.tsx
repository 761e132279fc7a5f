"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useDebouncedValue } from "@/components/clients/use-debounced-value";
import { useCan } from "@/components/shell/org-context";
import { useBulkSelection } from "@/components/ui/bulk-selection";
import { ExportCsvLink } from "@/components/ui/export-csv-link";
import { InfiniteListBody } from "@/components/ui/infinite-list-body";
import { useTRPC } from "@/lib/trpc/react";
import { AssetBulkActions } from "./asset-bulk-actions";
import { assetListInput, DEFAULT_ASSET_FILTERS, isFiltered, type AssetFilters } from "./asset-filter-values";
import { AssetsEmpty } from "./assets-empty";
import { AssetsFilters } from "./assets-filters";
import { AssetsGrid } from "./assets-grid";
import { AssetsGridSkeleton } from "./assets-grid-skeleton";
import { LIST_LINKS_REFRESH_MS } from "./signed-links";
import { UploadAssetDialog } from "./upload-asset-dialog";

const PAGE_SIZE = 24;

export function AssetsPage() {
  const trpc = useTRPC();
  const canUpload = useCan("asset.upload");
  const canArchive = useCan("asset.archive");
  const [filters, setFilters] = useState<AssetFilters>(DEFAULT_ASSET_FILTERS);
  const [uploadOpen, setUploadOpen] = useState(false);
  const search = useDebouncedValue(filters.search.trim(), 250);
  const listInput = assetListInput(filters, search);
  const query = useInfiniteQuery({
    ...trpc.assets.list.infiniteQueryOptions(
      { ...listInput, limit: PAGE_SIZE },
      { getNextPageParam: (last) => last.nextCursor },
    ),
    placeholderData: keepPreviousData,
    // Thumbnail links are signed and short-lived: fetch fresh ones before they expire.
    refetchInterval: LIST_LINKS_REFRESH_MS,
  });
  const assets = query.data?.pages.flatMap((page) => page.items) ?? [];
  // Another filter starts a new selection (archived and active assets never mix in one).
  const selection = useBulkSelection(assets, JSON.stringify(listInput));

  return (
    <div className="mx-auto grid max-w-7xl gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Assets</h1>
          <p className="text-sm text-muted-foreground">
            Images, videos and PDFs for your clients, each with its versions and approval.
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ExportCsvLink list="assets" filters={listInput} />
          {canUpload ? <UploadAssetDialog open={uploadOpen} onOpenChange={setUploadOpen} /> : null}
        </div>
      </div>
      <AssetsFilters value={filters} onChange={setFilters} />
      <InfiniteListBody
        query={query}
        what="Assets"
        count={assets.length}
        skeleton={<AssetsGridSkeleton />}
        empty={
          <AssetsEmpty
            filtered={isFiltered(filters)}
            canUpload={canUpload}
            onClearFilters={() => setFilters(DEFAULT_ASSET_FILTERS)}
            onUpload={() => setUploadOpen(true)}
          />
        }
      >
        {canArchive && selection.ids.length > 0 ? (
          <AssetBulkActions ids={selection.ids} archived={filters.archived} onDone={selection.clear} />
        ) : null}
        <AssetsGrid assets={assets} selection={canArchive ? selection : undefined} />
      </InfiniteListBody>
    </div>
  );
}
