"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Archive, ArchiveRestore } from "lucide-react";
import { Button } from "@/components/ui/button";
import { BulkActionBar, bulkMutationCallbacks, countOf } from "@/components/ui/bulk-selection";
import type { TBulkArchiveClientsInput } from "@/lib/schemas/clients";
import { useTRPC } from "@/lib/trpc/react";
import type { ArchivedFilter } from "./client-fields";

type Props = {
  ids: string[];
  /** Which clients the list shows: archived ones can be restored, active ones archived, "all" both. */
  showing: ArchivedFilter;
  onDone: () => void;
};

/** Archive or restore every selected client, all or none. Render only for roles with `client.archive`. */
export function ClientBulkActions({ ids, showing, onDone }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const bulk = useMutation(
    trpc.clients.bulkArchive.mutationOptions(
      bulkMutationCallbacks({
        success: (updated, { archived }: TBulkArchiveClientsInput) =>
          `${archived ? "Archived" : "Restored"} ${countOf(updated, "client")}`,
        failure: "The clients were not changed",
        onDone,
        invalidate: () => queryClient.invalidateQueries(trpc.clients.pathFilter()),
      }),
    ),
  );

  return (
    <BulkActionBar count={ids.length} onClear={onDone}>
      {showing !== "archived" ? (
        <Button variant="outline" disabled={bulk.isPending} onClick={() => bulk.mutate({ ids, archived: true })}>
          <Archive aria-hidden />
          Archive selected
        </Button>
      ) : null}
      {showing !== "active" ? (
        <Button variant="outline" disabled={bulk.isPending} onClick={() => bulk.mutate({ ids, archived: false })}>
          <ArchiveRestore aria-hidden />
          Restore selected
        </Button>
      ) : null}
    </BulkActionBar>
  );
}
