"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent, type ReactNode } from "react";
import { useActiveOrg } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { toast } from "@/components/ui/use-toast";
import { formErrorMessage, serverFieldErrors } from "@/lib/field-errors";
import { formatDate } from "@/lib/format-date";
import { assignableRoles, ROLE_LABELS, type Role } from "@/lib/permissions";
import { useTRPC } from "@/lib/trpc/react";
import { FormAlert } from "@/components/ui/form-alert";

type Props = { onInvited: () => void; cancel: ReactNode };

export function InviteMemberForm({ onInvited, cancel }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const assignable = assignableRoles(useActiveOrg().role);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>(assignable.includes("member") ? "member" : (assignable[0] ?? "viewer"));
  const invite = useMutation(
    trpc.members.invite.mutationOptions({
      onSuccess: (invitation) => {
        toast({
          title: `Invitation sent to ${invitation.email}`,
          description: `The link lets them join as ${ROLE_LABELS[invitation.role]} until ${formatDate(invitation.expiresAt)}.`,
          variant: "success",
        });
        void queryClient.invalidateQueries(trpc.members.pathFilter());
        onInvited();
      },
    }),
  );
  const errors = serverFieldErrors(invite.error);
  const formError = formErrorMessage(invite.error, ["email", "role"]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    invite.mutate({ email, role });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="grid gap-4" aria-busy={invite.isPending}>
      <FormAlert>{formError}</FormAlert>
      <FormField label="Email" required error={errors.email}>
        <Input
          type="email"
          autoComplete="off"
          value={email}
          placeholder="colleague@example.com"
          onChange={(event) => setEmail(event.target.value)}
        />
      </FormField>
      <FormField label="Role" error={errors.role} description="What they may do once they join.">
        <NativeSelect
          value={role}
          onChange={(event) => setRole(assignable.find((candidate) => candidate === event.target.value) ?? role)}
        >
          {assignable.map((option) => (
            <option key={option} value={option}>
              {ROLE_LABELS[option]}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        {cancel}
        <Button type="submit" disabled={invite.isPending}>
          Send invitation
        </Button>
      </div>
    </form>
  );
}
