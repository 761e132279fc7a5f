"use client";

import { useMutation } from "@tanstack/react-query";
import { LogOut } from "lucide-react";
import { useActiveOrg } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { useTRPC } from "@/lib/trpc/react";

/** Leaving cannot be undone without a new invitation, so it asks first. */
export function LeaveAgencyDialog() {
  const trpc = useTRPC();
  const org = useActiveOrg();
  const leave = useMutation(
    trpc.members.leave.mutationOptions({
      // A full page load on purpose, not router.push: the shell re-reads memberships and the
      // query cache, which still holds the data of the agency just left, starts empty.
      onSuccess: () => window.location.assign(new URL("/dashboard", window.location.origin)),
    }),
  );

  return (
    <Dialog onOpenChange={(open) => !open && leave.reset()}>
      <DialogTrigger asChild>
        <Button variant="outline">
          <LogOut aria-hidden />
          Leave agency
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Leave {org.name}?</DialogTitle>
          <DialogDescription>
            You lose access to its clients and workflows at once. To come back, an admin must invite you again.
          </DialogDescription>
        </DialogHeader>
        <DialogActions error={leave.error?.message} cancel="Stay">
          <Button variant="destructive" disabled={leave.isPending || leave.isSuccess} onClick={() => leave.mutate()}>
            Leave agency
          </Button>
        </DialogActions>
      </DialogContent>
    </Dialog>
  );
}
