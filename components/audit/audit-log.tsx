"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/lib/trpc/react";
import { cn } from "@/lib/utils";
import { AuditEventSheet } from "./audit-event-sheet";
import type { AuditEventRow, AuditFilterInput } from "./audit-filter-values";
import { AuditTable } from "./audit-table";

const PAGE_SIZE = 50;

/** The filtered events, newest first, one page at a time. */
export function AuditLog({ filters, filtered }: { filters: AuditFilterInput; filtered: boolean }) {
  const trpc = useTRPC();
  const [selected, setSelected] = useState<AuditEventRow | null>(null);
  const query = useInfiniteQuery({
    ...trpc.audit.list.infiniteQueryOptions(
      { ...filters, limit: PAGE_SIZE },
      { getNextPageParam: (last) => last.nextCursor },
    ),
    placeholderData: keepPreviousData,
  });

  if (query.isPending) {
    return (
      <div className="grid gap-2" role="status" aria-label="Loading audit events">
        {Array.from({ length: 6 }, (_, index) => (
          <Skeleton key={index} className="h-11 w-full" />
        ))}
      </div>
    );
  }
  if (query.isError) {
    return (
      <EmptyState
        title="The audit log could not be loaded"
        description={query.error.message}
        action={<Button onClick={() => void query.refetch()}>Try again</Button>}
      />
    );
  }
  const events = query.data.pages.flatMap((page) => page.items);
  if (events.length === 0) {
    return (
      <EmptyState
        title={filtered ? "No events match these filters" : "No events yet"}
        description={
          filtered
            ? "Widen the dates or clear a filter. Action matches the start of the name, e.g. client."
            : "Changes to clients, members and invitations appear here as they happen."
        }
      />
    );
  }
  return (
    <div
      className={cn("grid gap-4 transition-opacity", query.isPlaceholderData && "opacity-60")}
      aria-busy={query.isFetching}
    >
      <AuditTable events={events} onOpen={setSelected} />
      {query.hasNextPage ? (
        <Button
          variant="outline"
          className="justify-self-center"
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {query.isFetchingNextPage ? "Loading…" : "Load more"}
        </Button>
      ) : null}
      <AuditEventSheet event={selected} onClose={() => setSelected(null)} />
    </div>
  );
}
