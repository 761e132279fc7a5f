"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/react";
import { postAssetFile } from "./post-asset-file";

type Upload = { path: string; params?: Record<string, string | undefined>; file: File };

/** Uploads a file to an asset route, then refreshes every asset query (list and detail). */
export function useAssetFileUpload(onUploaded: (asset: { id: string }) => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ path, params = {}, file }: Upload) => postAssetFile(path, params, file),
    onSuccess: async (asset) => {
      await queryClient.invalidateQueries(trpc.assets.pathFilter());
      onUploaded(asset);
    },
  });
}
