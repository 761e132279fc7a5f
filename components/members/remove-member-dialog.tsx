"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useActiveOrg } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-actions";
import { TriggerDialog } from "@/components/ui/trigger-dialog";
import { toast } from "@/components/ui/use-toast";
import { useTRPC } from "@/lib/trpc/react";
import type { MemberRow } from "./member-types";

export function RemoveMemberDialog({ member }: { member: MemberRow }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const org = useActiveOrg();
  const [open, setOpen] = useState(false);
  const remove = useMutation(
    trpc.members.remove.mutationOptions({
      onSuccess: () => {
        toast({
          title: "Member removed",
          description: `${member.user.name} no longer has access to ${org.name}.`,
          variant: "success",
        });
        void queryClient.invalidateQueries(trpc.members.pathFilter());
        setOpen(false);
      },
    }),
  );

  return (
    <TriggerDialog
      open={open}
      onOpenChange={setOpen}
      onClosed={remove.reset}
      title={`Remove ${member.user.name}?`}
      description={`${member.user.email} loses access to ${org.name} at once. You can invite them again later.`}
      trigger={
        <Button variant="ghost" size="sm" className="text-destructive hover:text-destructive">
          Remove<span className="sr-only"> {member.user.name}</span>
        </Button>
      }
    >
      <DialogActions error={remove.error?.message}>
        <Button
          variant="destructive"
          disabled={remove.isPending}
          onClick={() => remove.mutate({ membershipId: member.id })}
        >
          Remove member
        </Button>
      </DialogActions>
    </TriggerDialog>
  );
}
