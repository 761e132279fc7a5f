"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import type { TRPCClientErrorLike } from "@trpc/client";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/utils";
import type { AppRouter } from "@/server/api/root";

type Props = {
  /** A record page's query while it has no record to show: still loading, or failed. */
  query: UseQueryResult<unknown, TRPCClientErrorLike<AppRouter>>;
  /** The kind of record, lower case, e.g. "asset". */
  what: string;
  /** The page's width, as when loaded, e.g. "max-w-3xl". */
  width: string;
  /** Shown when the record does not exist for this agency. */
  notFound: ReactNode;
};

/** What a record's page shows until it has the record: a skeleton, "not found", or the error and a retry. */
export function RecordQueryState({ query, what, width, notFound }: Props) {
  if (query.isPending) {
    return (
      <div className={cn("mx-auto grid gap-4", width)} role="status" aria-label={`Loading ${what}`}>
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-96 w-full" />
      </div>
    );
  }
  if (!query.isError) return null;
  // Another agency's record answers NOT_FOUND, exactly like a missing one; a malformed id is no different.
  const code = query.error.data?.code;
  if (code === "NOT_FOUND" || code === "BAD_REQUEST") return notFound;
  return (
    <EmptyState
      title={`This ${what} could not be loaded`}
      description={query.error.message}
      action={<Button onClick={() => void query.refetch()}>Try again</Button>}
    />
  );
}
