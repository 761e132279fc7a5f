"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { QueryError } from "@/components/ui/query-error";
import { cn } from "@/lib/utils";

/** The parts of a TanStack infinite query this body reads. */
type InfiniteListQuery = {
  isPending: boolean;
  isError: boolean;
  error: { message: string } | null;
  isPlaceholderData: boolean;
  isFetching: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  refetch: () => Promise<unknown>;
  fetchNextPage: () => Promise<unknown>;
};

type Props = {
  query: InfiniteListQuery;
  /** Plural noun for the error title, e.g. "Clients". */
  what: string;
  count: number;
  skeleton: ReactNode;
  empty: ReactNode;
  children: ReactNode;
};

/** Loading, error with retry, empty, or the rows with "Load more": the same for every list. */
export function InfiniteListBody({ query, what, count, skeleton, empty, children }: Props) {
  if (query.isPending) return skeleton;
  if (query.isError) return <QueryError what={what} error={query.error} onRetry={() => void query.refetch()} />;
  if (count === 0) return empty;
  return (
    // Rows from the previous filter stay, dimmed, while the new one loads.
    <div
      className={cn("grid gap-4 transition-opacity", query.isPlaceholderData && "opacity-60")}
      aria-busy={query.isFetching}
    >
      {children}
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
    </div>
  );
}
