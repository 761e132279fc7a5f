"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useCan } from "@/components/shell/org-context";
import { useBulkSelection } from "@/components/ui/bulk-selection";
import { useTRPC } from "@/lib/trpc/react";
import { ClientBulkActions } from "./client-bulk-actions";
import { ClientsEmpty } from "./clients-empty";
import { ClientsFilters, DEFAULT_CLIENT_FILTERS, type ClientListFilters } from "./clients-filters";
import { ClientsTable } from "./clients-table";
import { ClientsTableSkeleton } from "./clients-table-skeleton";
import { ExportCsvLink } from "@/components/ui/export-csv-link";
import { InfiniteListBody } from "@/components/ui/infinite-list-body";
import { CreateClientDialog } from "./create-client-dialog";
import { useDebouncedValue } from "./use-debounced-value";

const PAGE_SIZE = 25;

export function ClientsPage() {
  const trpc = useTRPC();
  const canCreate = useCan("client.create");
  const canArchive = useCan("client.archive");
  const [filters, setFilters] = useState<ClientListFilters>(DEFAULT_CLIENT_FILTERS);
  const search = useDebouncedValue(filters.search.trim(), 250);
  const listInput = {
    search: search || undefined,
    status: filters.status || undefined,
    archived: filters.archived,
    sort: filters.sort,
    order: filters.direction,
  };
  const query = useInfiniteQuery({
    ...trpc.clients.list.infiniteQueryOptions(
      { ...listInput, limit: PAGE_SIZE },
      { getNextPageParam: (last) => last.nextCursor },
    ),
    // Keep the rows on screen while a new filter loads instead of flashing a skeleton.
    placeholderData: keepPreviousData,
  });
  const clients = query.data?.pages.flatMap((page) => page.items) ?? [];
  const selection = useBulkSelection(clients, JSON.stringify(listInput));
  const filtered = Boolean(filters.search.trim() || filters.status || filters.archived !== "active");

  return (
    <div className="mx-auto grid max-w-6xl gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Clients</h1>
          <p className="text-sm text-muted-foreground">The companies your agency works for.</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ExportCsvLink list="clients" filters={listInput} />
          {canCreate ? <CreateClientDialog /> : null}
        </div>
      </div>
      <ClientsFilters value={filters} onChange={setFilters} />
      <InfiniteListBody
        query={query}
        what="Clients"
        count={clients.length}
        skeleton={<ClientsTableSkeleton />}
        empty={
          <ClientsEmpty
            filtered={filtered}
            canCreate={canCreate}
            onClearFilters={() => setFilters(DEFAULT_CLIENT_FILTERS)}
          />
        }
      >
        {canArchive && selection.ids.length > 0 ? (
          <ClientBulkActions ids={selection.ids} showing={filters.archived} onDone={selection.clear} />
        ) : null}
        <ClientsTable clients={clients} selection={canArchive ? selection : undefined} />
      </InfiniteListBody>
    </div>
  );
}
