"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId } from "react";
import { useActiveOrg } from "@/components/shell/org-context";
import { NativeSelect } from "@/components/ui/select";
import { toast } from "@/components/ui/use-toast";
import { assignableRoles, ROLE_LABELS, ROLES } from "@/lib/permissions";
import { useTRPC } from "@/lib/trpc/react";
import type { MemberRow } from "./member-types";

/** Role picker for one member; offers only the roles the actor may hand out. */
export function MemberRoleSelect({ member }: { member: MemberRow }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const me = useActiveOrg();
  const id = useId();
  const assignable = assignableRoles(me.role);
  const manageable = assignable.includes(member.role);
  const isMe = member.user.id === me.user.id;
  const change = useMutation(
    trpc.members.changeRole.mutationOptions({
      onSuccess: (updated) => {
        toast({
          title: "Role changed",
          description: `${member.user.name} is now ${ROLE_LABELS[updated.role]}.`,
          variant: "success",
        });
        void queryClient.invalidateQueries(trpc.members.pathFilter());
        // The dashboard shell holds my role; re-read it when I changed my own.
        if (isMe) router.refresh();
      },
      onError: (error) => toast({ title: "Role not changed", description: error.message, variant: "destructive" }),
    }),
  );
  const shown = change.isPending ? change.variables.role : member.role;
  const options = manageable ? assignable : [member.role];

  return (
    <div className="w-36">
      {/* Named "access level" so the page's only control labelled "Role" is the invitation form's. */}
      <label htmlFor={id} className="sr-only">
        Access level for {member.user.name}
      </label>
      <NativeSelect
        id={id}
        value={shown}
        disabled={!manageable || change.isPending}
        title={manageable ? undefined : "Only an owner can change this member's role."}
        onChange={(event) => {
          const role = ROLES.find((candidate) => candidate === event.target.value);
          if (role && role !== member.role) change.mutate({ membershipId: member.id, role });
        }}
      >
        {options.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
