"use client";

import { useQuery } from "@tanstack/react-query";
import { useCan } from "@/components/shell/org-context";
import { QueryError } from "@/components/ui/query-error";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { useTRPC } from "@/lib/trpc/react";
import { CreateProviderDialog } from "./create-provider-dialog";
import { ProvidersEmpty } from "./providers-empty";
import { ProvidersTable } from "./providers-table";

export function ProvidersPage() {
  const trpc = useTRPC();
  const canManage = useCan("provider.manage");
  const query = useQuery(trpc.providers.list.queryOptions());

  return (
    <div className="mx-auto grid max-w-6xl gap-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid max-w-2xl gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Model providers</h1>
          <p className="text-sm text-muted-foreground">
            The AI services your agents call, with your agency&apos;s own API keys. With no provider, agents use the
            built-in offline model and say so: &ldquo;Offline model — connect a provider for real AI&rdquo;.
          </p>
        </div>
        {canManage ? <CreateProviderDialog /> : null}
      </div>
      {query.isPending ? (
        <TableSkeleton label="Loading providers" rows={2} />
      ) : query.isError ? (
        <QueryError what="Providers" error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length ? (
        <ProvidersTable providers={query.data} />
      ) : (
        <ProvidersEmpty canManage={canManage} />
      )}
    </div>
  );
}
