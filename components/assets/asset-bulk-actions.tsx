"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Archive, ArchiveRestore } from "lucide-react";
import { Button } from "@/components/ui/button";
import { BulkActionBar, bulkMutationCallbacks, countOf } from "@/components/ui/bulk-selection";
import type { TBulkArchiveAssetsInput } from "@/lib/schemas/assets";
import { useTRPC } from "@/lib/trpc/react";

type Props = {
  ids: string[];
  /** Whether the list shows archived assets (then the selection can only be restored). */
  archived: boolean;
  onDone: () => void;
};

/** Archive or restore every selected asset, all or none. Render only for roles with `asset.archive`. */
export function AssetBulkActions({ ids, archived, onDone }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const bulk = useMutation(
    trpc.assets.bulkArchive.mutationOptions(
      bulkMutationCallbacks({
        success: (updated, variables: TBulkArchiveAssetsInput) =>
          `${variables.archived ? "Archived" : "Restored"} ${countOf(updated, "asset")}`,
        failure: "The assets were not changed",
        onDone,
        invalidate: () => queryClient.invalidateQueries(trpc.assets.pathFilter()),
      }),
    ),
  );
  return (
    <BulkActionBar count={ids.length} onClear={onDone}>
      <Button variant="outline" disabled={bulk.isPending} onClick={() => bulk.mutate({ ids, archived: !archived })}>
        {archived ? <ArchiveRestore aria-hidden /> : <Archive aria-hidden />}
        {archived ? "Restore selected" : "Archive selected"}
      </Button>
    </BulkActionBar>
  );
}
