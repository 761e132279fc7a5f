"use client";

import { useQuery } from "@tanstack/react-query";
import { useActiveOrg, useCan } from "@/components/shell/org-context";
import { QueryError } from "@/components/ui/query-error";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { useTRPC } from "@/lib/trpc/react";
import { InvitationsList } from "./invitations-list";
import { InviteMemberDialog } from "./invite-member-dialog";
import { LeaveAgencyDialog } from "./leave-agency-dialog";
import { MembersTable } from "./members-table";

export function MembersPage() {
  const trpc = useTRPC();
  const org = useActiveOrg();
  const canInvite = useCan("member.invite");
  const query = useQuery(trpc.members.list.queryOptions());

  return (
    <div className="mx-auto grid max-w-6xl gap-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Members</h1>
          <p className="text-sm text-muted-foreground">People with access to {org.name}, and what each may do.</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <LeaveAgencyDialog />
          {canInvite ? <InviteMemberDialog /> : null}
        </div>
      </div>
      {query.isPending ? (
        <TableSkeleton label="Loading members" rows={2} />
      ) : query.isError ? (
        <QueryError what="Members" error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <MembersTable members={query.data} />
      )}
      <InvitationsList />
    </div>
  );
}
