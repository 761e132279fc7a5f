"use client";

import { UserPlus } from "lucide-react";
import { useState } from "react";
import { useActiveOrg } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { InviteMemberForm } from "./invite-member-form";

export function InviteMemberDialog() {
  const org = useActiveOrg();
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden />
          Invite member
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Invite a member</DialogTitle>
          <DialogDescription>
            We email them a single-use link to join {org.name}. It expires after 7 days.
          </DialogDescription>
        </DialogHeader>
        {/* Mounted only while open, so each invitation starts from an empty form. */}
        <InviteMemberForm
          onInvited={() => setOpen(false)}
          cancel={
            <DialogClose asChild>
              <Button variant="outline">Cancel</Button>
            </DialogClose>
          }
        />
      </DialogContent>
    </Dialog>
  );
}
