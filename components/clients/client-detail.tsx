"use client";

import { useQuery } from "@tanstack/react-query";
import { useCan } from "@/components/shell/org-context";
import { BackLink } from "@/components/ui/back-link";
import { RecordHeader } from "@/components/ui/record-header";
import { RecordNotFound } from "@/components/ui/record-not-found";
import { RecordQueryState } from "@/components/ui/record-query-state";
import { formatDate } from "@/lib/format-date";
import { useTRPC } from "@/lib/trpc/react";
import { ClientArchiveButton } from "./client-archive-button";
import { ClientArchivedBanner } from "./client-archived-banner";
import { ClientBrandRules } from "./client-brand-rules";
import { ClientEditForm } from "./client-edit-form";
import { ClientStatusBadge } from "./client-status-badge";
import { ClientSummary } from "./client-summary";

export function ClientDetail({ id }: { id: string }) {
  const trpc = useTRPC();
  const canUpdate = useCan("client.update");
  const canArchive = useCan("client.archive");
  const query = useQuery(trpc.clients.get.queryOptions({ id }));

  if (!query.isSuccess) {
    return (
      <RecordQueryState
        query={query}
        what="client"
        width="max-w-3xl"
        notFound={<RecordNotFound what="client" deletable backHref="/clients" backLabel="Back to clients" />}
      />
    );
  }

  const client = query.data;
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <BackLink href="/clients">All clients</BackLink>
      <RecordHeader
        title={client.name}
        meta={
          <>
            <ClientStatusBadge status={client.status} />
            <span>
              Added <time dateTime={client.createdAt.toISOString()}>{formatDate(client.createdAt)}</time> · updated{" "}
              <time dateTime={client.updatedAt.toISOString()}>{formatDate(client.updatedAt)}</time>
            </span>
          </>
        }
        actions={canArchive ? <ClientArchiveButton client={client} /> : null}
      />
      {client.archivedAt ? <ClientArchivedBanner archivedAt={client.archivedAt} /> : null}
      {canUpdate ? (
        <ClientEditForm client={client} />
      ) : (
        <>
          <ClientSummary client={client} />
          <ClientBrandRules client={client} />
        </>
      )}
    </div>
  );
}
