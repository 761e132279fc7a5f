"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Archive, ArchiveRestore } from "lucide-react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/use-toast";
import { useTRPC } from "@/lib/trpc/react";
import type { ClientRecord } from "./client-fields";

/** Archive or Restore, whichever applies. Render only for roles with `client.archive`. */
export function ClientArchiveButton({ client }: { client: ClientRecord }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const callbacks = {
    onSuccess: (updated: ClientRecord) => {
      queryClient.setQueryData(trpc.clients.get.queryKey({ id: updated.id }), updated);
      void queryClient.invalidateQueries(trpc.clients.pathFilter());
      toast({
        title: updated.archivedAt ? "Client archived" : "Client restored",
        description: updated.archivedAt
          ? `${updated.name} is hidden from the client list.`
          : `${updated.name} is back in the client list.`,
        variant: "success",
      });
    },
    onError: (error: { message: string }) =>
      toast({ title: "That did not work", description: error.message, variant: "destructive" }),
  };
  const archive = useMutation(trpc.clients.archive.mutationOptions(callbacks));
  const restore = useMutation(trpc.clients.restore.mutationOptions(callbacks));
  const pending = archive.isPending || restore.isPending;

  if (client.archivedAt) {
    return (
      <Button variant="outline" disabled={pending} onClick={() => restore.mutate({ id: client.id })}>
        <ArchiveRestore aria-hidden />
        Restore
      </Button>
    );
  }
  return (
    <Button variant="outline" disabled={pending} onClick={() => archive.mutate({ id: client.id })}>
      <Archive aria-hidden />
      Archive
    </Button>
  );
}
