"use client";

import { useQuery } from "@tanstack/react-query";
import { RecordNotFound } from "@/components/ui/record-not-found";
import { RecordQueryState } from "@/components/ui/record-query-state";
import { useTRPC } from "@/lib/trpc/react";
import { EditorWorkspace } from "./editor-workspace";

/** The visual editor at /workflows/[id]/edit: loads the draft, then edits it on the canvas. */
export function WorkflowEditor({ id }: { id: string }) {
  const trpc = useTRPC();
  // The editor keeps its own copy once open; a refetch must not replace what is being drawn.
  const query = useQuery({
    ...trpc.workflows.get.queryOptions({ id }),
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  if (!query.isSuccess) {
    return (
      <RecordQueryState
        query={query}
        what="workflow"
        width="max-w-6xl"
        notFound={<RecordNotFound what="workflow" deletable backHref="/workflows" backLabel="Back to workflows" />}
      />
    );
  }
  // A fresh editor (and history) per workflow; later refetches of the query do not reach it.
  return <EditorWorkspace key={query.data.id} workflow={query.data} />;
}
