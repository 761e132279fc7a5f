"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/use-toast";
import { useTRPC } from "@/lib/trpc/react";
import type { InvitationRow } from "./member-types";

export function RevokeInvitationButton({ invitation }: { invitation: InvitationRow }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revoke = useMutation(
    trpc.members.revokeInvitation.mutationOptions({
      onSuccess: () => {
        toast({
          title: "Invitation revoked",
          description: `The link sent to ${invitation.email} no longer works.`,
          variant: "success",
        });
        void queryClient.invalidateQueries(trpc.members.invitations.pathFilter());
      },
      onError: (error) =>
        toast({ title: "Invitation not revoked", description: error.message, variant: "destructive" }),
    }),
  );
  return (
    <Button
      variant="ghost"
      size="sm"
      disabled={revoke.isPending}
      onClick={() => revoke.mutate({ invitationId: invitation.id })}
    >
      Revoke<span className="sr-only"> the invitation for {invitation.email}</span>
    </Button>
  );
}
