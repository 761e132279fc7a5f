"use client";

import { useQuery } from "@tanstack/react-query";
import { useCan } from "@/components/shell/org-context";
import { QueryError } from "@/components/ui/query-error";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { useTRPC } from "@/lib/trpc/react";
import { CreateCustomToolDialog } from "./create-custom-tool-dialog";
import { CustomToolsEmpty } from "./custom-tools-empty";
import { CustomToolsTable } from "./custom-tools-table";

export function CustomToolsPage() {
  const trpc = useTRPC();
  const canManage = useCan("agent.manage");
  const query = useQuery(trpc.customTools.list.queryOptions());

  return (
    <div className="mx-auto grid max-w-6xl gap-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid max-w-2xl gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Tools</h1>
          <p className="text-sm text-muted-foreground">
            Your agency&apos;s own HTTP tools. An agent may call one once it is turned on in the agent&apos;s tools: the
            model fills in the input, the tool sends it to the URL and hands back the answer. Only public addresses are
            called.
          </p>
        </div>
        {canManage ? <CreateCustomToolDialog /> : null}
      </div>
      {query.isPending ? (
        <TableSkeleton label="Loading tools" rows={2} />
      ) : query.isError ? (
        <QueryError what="Tools" error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length ? (
        <CustomToolsTable tools={query.data} />
      ) : (
        <CustomToolsEmpty canManage={canManage} />
      )}
    </div>
  );
}
