import {
  ZChangeRoleInput,
  ZInvitationIdInput,
  ZInvitationTokenInput,
  ZInviteMemberInput,
  ZJoinedAgency,
  ZMember,
  ZMembershipIdInput,
  ZMembershipRef,
  ZPendingInvitation,
  ZRoleChanged,
} from "@/lib/schemas/members";
import { z } from "zod";
import { deliverQueuedEmails } from "../../email/outbox";
import { acceptInvitation, inviteMember, listInvitations, revokeInvitation } from "../../services/members/invitations";
import { changeMemberRole, listMembers, removeMember } from "../../services/members/members";
import { createTRPCRouter, orgProcedure, protectedProcedure } from "../trpc";

export const membersRouter = createTRPCRouter({
  list: orgProcedure("member.read")
    .output(z.array(ZMember))
    .query(({ ctx }) => listMembers(ctx)),
  invitations: orgProcedure("member.read")
    .output(z.array(ZPendingInvitation))
    .query(({ ctx }) => listInvitations(ctx)),
  invite: orgProcedure("member.invite")
    .input(ZInviteMemberInput)
    .output(ZPendingInvitation)
    .mutation(async ({ ctx, input }) => {
      const invitation = await inviteMember(ctx, input);
      // Sending happens after commit; without SMTP the email waits in the dev mailbox.
      setImmediate(() => void deliverQueuedEmails().catch(() => undefined));
      return invitation;
    }),
  revokeInvitation: orgProcedure("member.invite")
    .input(ZInvitationIdInput)
    .output(ZMembershipRef)
    .mutation(({ ctx, input }) => revokeInvitation(ctx, input.invitationId)),
  changeRole: orgProcedure("member.role_change")
    .input(ZChangeRoleInput)
    .output(ZRoleChanged)
    .mutation(({ ctx, input }) => changeMemberRole(ctx, input)),
  remove: orgProcedure("member.remove")
    .input(ZMembershipIdInput)
    .output(ZMembershipRef)
    .mutation(({ ctx, input }) => removeMember(ctx, input.membershipId)),
  /** Any member may leave; the last owner may not. */
  leave: orgProcedure("org.read")
    .output(ZMembershipRef)
    .mutation(async ({ ctx }) => {
      const mine = await ctx.db.membership.findFirst({ where: { userId: ctx.user.id }, select: { id: true } });
      return removeMember(ctx, mine?.id ?? "");
    }),
  accept: protectedProcedure
    .input(ZInvitationTokenInput)
    .output(ZJoinedAgency)
    .mutation(({ ctx, input }) => acceptInvitation(input.token, ctx.user, ctx.meta)),
});
