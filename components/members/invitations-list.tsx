"use client";

import { useQuery } from "@tanstack/react-query";
import { useActiveOrg, useCan } from "@/components/shell/org-context";
import { Badge } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate } from "@/lib/format-date";
import { assignableRoles, ROLE_LABELS } from "@/lib/permissions";
import { useTRPC } from "@/lib/trpc/react";
import { RevokeInvitationButton } from "./revoke-invitation-button";

export function InvitationsList() {
  const trpc = useTRPC();
  const canInvite = useCan("member.invite");
  const assignable = assignableRoles(useActiveOrg().role);
  const query = useQuery(trpc.members.invitations.queryOptions());

  return (
    <section aria-labelledby="invitations-heading" className="grid gap-3">
      <h2 id="invitations-heading" className="text-lg font-semibold">
        Pending invitations
      </h2>
      {query.isPending ? (
        <Skeleton className="h-24 w-full" />
      ) : query.isError ? (
        <p role="alert" className="text-sm text-destructive">
          Invitations could not be loaded: {query.error.message}
        </p>
      ) : query.data.length === 0 ? (
        <p className="text-sm text-muted-foreground">No pending invitations.</p>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Email</TableHead>
              <TableHead>Role</TableHead>
              <TableHead>Sent</TableHead>
              <TableHead>Expires</TableHead>
              {canInvite ? <TableHead className="text-right">Actions</TableHead> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {query.data.map((invitation) => (
              <TableRow key={invitation.id}>
                <TableCell className="font-medium">{invitation.email}</TableCell>
                <TableCell>
                  <Badge variant="secondary">{ROLE_LABELS[invitation.role]}</Badge>
                </TableCell>
                <TableCell>
                  <time dateTime={invitation.createdAt.toISOString()}>{formatDate(invitation.createdAt)}</time>
                </TableCell>
                <TableCell>
                  <time dateTime={invitation.expiresAt.toISOString()}>{formatDate(invitation.expiresAt)}</time>
                </TableCell>
                {canInvite ? (
                  <TableCell className="text-right">
                    {assignable.includes(invitation.role) ? <RevokeInvitationButton invitation={invitation} /> : null}
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
