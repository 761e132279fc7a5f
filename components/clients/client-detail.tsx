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
import { ClientArchiveButton } from "./client-archive-button";
import { ClientArchivedBanner } from "./client-archived-banner";
import { ClientEditForm } from "./client-edit-form";
import { ClientNotFound } from "./client-not-found";
import { ClientStatusBadge } from "./client-status-badge";
import { ClientSummary } from "./client-summary";

export function ClientDetail({ id }: { id: string }) {
  const trpc = useTRPC();
  const canUpdate = useCan("client.update");
  const canArchive = useCan("client.archive");
  const query = useQuery(trpc.clients.get.queryOptions({ id }));

  if (query.isPending) {
    return (
      <div className="mx-auto grid max-w-3xl gap-4" role="status" aria-label="Loading client">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-96 w-full" />
      </div>
    );
  }
  if (query.isError) {
    // Another agency's client answers NOT_FOUND, exactly like a missing one; a malformed id is no different.
    const code = query.error.data?.code;
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") return <ClientNotFound />;
    return (
      <EmptyState
        title="This client could not be loaded"
        description={query.error.message}
        action={<Button onClick={() => void query.refetch()}>Try again</Button>}
      />
    );
  }

  const client = query.data;
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <Link
        href="/clients"
        className="flex w-fit items-center gap-1 rounded-sm text-sm text-muted-foreground outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50"
      >
        <ArrowLeft aria-hidden className="size-4" />
        All clients
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="grid gap-2">
          <h1 className="text-2xl font-semibold tracking-tight break-words">{client.name}</h1>
          <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
            <ClientStatusBadge status={client.status} />
            <span>
              Added <time dateTime={client.createdAt.toISOString()}>{formatDate(client.createdAt)}</time> · updated{" "}
              <time dateTime={client.updatedAt.toISOString()}>{formatDate(client.updatedAt)}</time>
            </span>
          </p>
        </div>
        {canArchive ? <ClientArchiveButton client={client} /> : null}
      </div>
      {client.archivedAt ? <ClientArchivedBanner archivedAt={client.archivedAt} /> : null}
      {canUpdate ? <ClientEditForm client={client} /> : <ClientSummary client={client} />}
    </div>
  );
}
