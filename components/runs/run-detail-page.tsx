"use client";

import { useQuery } from "@tanstack/react-query";
import { RecordNotFound } from "@/components/ui/record-not-found";
import { RecordQueryState } from "@/components/ui/record-query-state";
import { useTRPC } from "@/lib/trpc/react";
import { RunDetail } from "./run-detail";

export function RunDetailPage({ id }: { id: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.workflows.runDetail.queryOptions({ id }));
  if (!query.isSuccess) {
    return (
      <RecordQueryState
        query={query}
        what="run"
        width="max-w-6xl"
        notFound={<RecordNotFound what="run" backHref="/runs" backLabel="Back to runs" />}
      />
    );
  }
  return <RunDetail run={query.data} />;
}
