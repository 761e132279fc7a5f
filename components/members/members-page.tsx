"use client";

import { useQuery } from "@tanstack/react-query";
import { useActiveOrg, useCan } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
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
        <div className="grid gap-2" role="status" aria-label="Loading members">
          <Skeleton className="h-10 w-full" />
          <Skeleton className="h-12 w-full" />
          <Skeleton className="h-12 w-full" />
        </div>
      ) : query.isError ? (
        <EmptyState
          title="Members could not be loaded"
          description={query.error.message}
          action={<Button onClick={() => void query.refetch()}>Try again</Button>}
        />
      ) : (
        <MembersTable members={query.data} />
      )}
      <InvitationsList />
    </div>
  );
}
