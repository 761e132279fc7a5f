import {
  ZChangeRoleInput,
  ZInvitationIdInput,
  ZInvitationTokenInput,
  ZInviteMemberInput,
  ZMembershipIdInput,
} from "@/lib/schemas/members";
import { deliverQueuedEmails } from "../../email/outbox";
import { acceptInvitation, inviteMember, listInvitations, revokeInvitation } from "../../services/members/invitations";
import { changeMemberRole, listMembers, removeMember } from "../../services/members/members";
import { createTRPCRouter, orgProcedure, protectedProcedure } from "../trpc";

export const membersRouter = createTRPCRouter({
  list: orgProcedure("member.read").query(({ ctx }) => listMembers(ctx)),
  invitations: orgProcedure("member.read").query(({ ctx }) => listInvitations(ctx)),
  invite: orgProcedure("member.invite")
    .input(ZInviteMemberInput)
    .mutation(async ({ ctx, input }) => {
      const invitation = await inviteMember(ctx, input);
      // Sending happens after commit; without SMTP the email waits in the dev mailbox.
      setImmediate(() => void deliverQueuedEmails().catch(() => undefined));
      return invitation;
    }),
  revokeInvitation: orgProcedure("member.invite")
    .input(ZInvitationIdInput)
    .mutation(({ ctx, input }) => revokeInvitation(ctx, input.invitationId)),
  changeRole: orgProcedure("member.role_change")
    .input(ZChangeRoleInput)
    .mutation(({ ctx, input }) => changeMemberRole(ctx, input)),
  remove: orgProcedure("member.remove")
    .input(ZMembershipIdInput)
    .mutation(({ ctx, input }) => removeMember(ctx, input.membershipId)),
  /** Any member may leave; the last owner may not. */
  leave: orgProcedure("org.read").mutation(async ({ ctx }) => {
    const mine = await ctx.db.membership.findFirst({ where: { userId: ctx.user.id }, select: { id: true } });
    return removeMember(ctx, mine?.id ?? "");
  }),
  accept: protectedProcedure
    .input(ZInvitationTokenInput)
    .mutation(({ ctx, input }) => acceptInvitation(input.token, ctx.user, ctx.meta)),
});
