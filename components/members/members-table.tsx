"use client";

import { useActiveOrg, useCan } from "@/components/shell/org-context";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate } from "@/lib/format-date";
import { assignableRoles, ROLE_LABELS } from "@/lib/permissions";
import { MemberRoleSelect } from "./member-role-select";
import type { MemberRow } from "./member-types";
import { RemoveMemberDialog } from "./remove-member-dialog";

export function MembersTable({ members }: { members: MemberRow[] }) {
  const me = useActiveOrg();
  const canChangeRole = useCan("member.role_change");
  const canRemove = useCan("member.remove");
  const assignable = assignableRoles(me.role);

  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Email</TableHead>
          <TableHead>Role</TableHead>
          <TableHead>Joined</TableHead>
          {canRemove ? <TableHead className="text-right">Actions</TableHead> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {members.map((member) => {
          const isMe = member.user.id === me.user.id;
          return (
            <TableRow key={member.id}>
              <TableCell className="font-medium">
                {member.user.name}
                {isMe ? <span className="ml-2 text-xs font-normal text-muted-foreground">(you)</span> : null}
              </TableCell>
              <TableCell>{member.user.email}</TableCell>
              <TableCell>
                {canChangeRole ? (
                  <MemberRoleSelect member={member} />
                ) : (
                  <Badge variant="secondary">{ROLE_LABELS[member.role]}</Badge>
                )}
              </TableCell>
              <TableCell className="whitespace-nowrap text-muted-foreground">
                <time dateTime={member.createdAt.toISOString()}>{formatDate(member.createdAt)}</time>
              </TableCell>
              {canRemove ? (
                <TableCell className="text-right">
                  {/* You leave with "Leave agency"; others only when your role may manage theirs. */}
                  {!isMe && assignable.includes(member.role) ? <RemoveMemberDialog member={member} /> : null}
                </TableCell>
              ) : null}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
