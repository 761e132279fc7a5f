"use client";

import { useQuery } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useState } from "react";
import { ClientsTableSkeleton } from "@/components/clients/clients-table-skeleton";
import { useCan } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { useTRPC } from "@/lib/trpc/react";
import { SegmentEditor, type SegmentDraft } from "./segment-editor";
import { SegmentsEmpty } from "./segments-empty";
import { SegmentsList } from "./segments-list";

const NEW_SEGMENT: SegmentDraft = { name: "", definition: { match: "all", rules: [] } };

/** The saved segments, or the editor for one of them (or a new one) in their place. */
export function SegmentsTab() {
  const trpc = useTRPC();
  const canSave = useCan("segment.save");
  const [editing, setEditing] = useState<SegmentDraft | null>(null);
  const query = useQuery(trpc.contacts.segments.queryOptions());

  if (editing) return <SegmentEditor key={editing.id ?? "new"} initial={editing} onDone={() => setEditing(null)} />;

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <p className="text-sm text-muted-foreground">Saved audiences, counted live against your contacts.</p>
        {canSave ? (
          <Button onClick={() => setEditing(NEW_SEGMENT)}>
            <Plus aria-hidden />
            New segment
          </Button>
        ) : null}
      </div>
      {query.isPending ? (
        <ClientsTableSkeleton rows={3} />
      ) : query.isError ? (
        <EmptyState
          title="Segments could not be loaded"
          description={query.error.message}
          action={<Button onClick={() => void query.refetch()}>Try again</Button>}
        />
      ) : query.data.length === 0 ? (
        <SegmentsEmpty canSave={canSave} />
      ) : (
        <SegmentsList
          segments={query.data}
          onOpen={(segment) => setEditing({ id: segment.id, name: segment.name, definition: segment.definition })}
        />
      )}
    </div>
  );
}
