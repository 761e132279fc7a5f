"use client";

import { useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/use-toast";
import { ASSET_STATUS_LABELS, type AssetStatus } from "@/lib/schemas/assets";
import { useTRPC } from "@/lib/trpc/react";

/** Mutation callbacks shared by the approval moves: refresh the asset and the list, say what happened. */
export function useAssetMoveCallbacks(assetId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return {
    onSuccess: async ({ status }: { status: AssetStatus }) => {
      await queryClient.invalidateQueries(trpc.assets.pathFilter());
      toast({ title: `Status: ${ASSET_STATUS_LABELS[status]}`, variant: "success" });
    },
    onError: (error: { message: string }) => {
      toast({ title: "The status was not changed", description: error.message, variant: "destructive" });
      // Someone else may have moved it: show the status as it is now.
      void queryClient.invalidateQueries(trpc.assets.get.queryFilter({ id: assetId }));
    },
  };
}
