import { assignableRoles, ROLE_LABELS, type Role } from "@/lib/permissions";
import type { TChangeRoleInput, TInviteMemberInput } from "@/lib/schemas/members";
import type { OrgContext } from "../../api/trpc";
import { recordAudit } from "../../audit/record";
import { AppError, forbidden, notFound } from "../../errors";

type ServiceCtx = Pick<OrgContext, "db" | "organizationId" | "actor" | "role">;

export async function listMembers({ db }: ServiceCtx) {
  return db.membership.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
}

async function getMembership({ db }: ServiceCtx, membershipId: string) {
  const membership = await db.membership.findFirst({
    where: { id: membershipId },
    select: { id: true, role: true, userId: true, user: { select: { email: true } } },
  });
  if (!membership) throw notFound("Member");
  return membership;
}

/** Owners and admins are managed by owners only; everyone else by admins too. */
function assertMayManage(actorRole: Role, targetRole: Role, verb: string) {
  if (!assignableRoles(actorRole).includes(targetRole)) {
    throw forbidden(`Only an owner can ${verb} an ${ROLE_LABELS[targetRole].toLowerCase()}.`);
  }
}

async function assertNotLastOwner({ db, organizationId }: ServiceCtx, membership: { role: Role }, message: string) {
  if (membership.role !== "owner") return;
  // Locks the owner rows: two owners demoting or removing each other at once must not both
  // see the other still there. A waiting transaction re-reads a locked row's role at commit.
  const owners = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM memberships WHERE organization_id = ${organizationId} AND role = 'owner' ORDER BY id FOR UPDATE`;
  if (owners.length <= 1) throw new AppError("PRECONDITION_FAILED", message);
}

export async function changeMemberRole(ctx: ServiceCtx, input: TChangeRoleInput) {
  const target = await getMembership(ctx, input.membershipId);
  if (target.role === input.role) return { id: target.id, role: target.role };
  assertMayManage(ctx.role, target.role, "change the role of");
  assertMayManage(ctx.role, input.role, "make someone");
  await assertNotLastOwner(ctx, target, "An agency needs at least one owner. Make someone else owner first.");
  const updated = await ctx.db.membership.update({
    where: { id: target.id },
    data: { role: input.role },
    select: { id: true, role: true },
  });
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "member.role_change",
    targetType: "membership",
    targetId: target.id,
    before: { email: target.user.email, role: target.role },
    after: { email: target.user.email, role: input.role },
  });
  return updated;
}

/** Removes a member; a person may always remove themselves (leave) unless they are the last owner. */
export async function removeMember(ctx: ServiceCtx, membershipId: string) {
  const target = await getMembership(ctx, membershipId);
  const leaving = target.userId === ctx.actor.userId;
  if (!leaving) assertMayManage(ctx.role, target.role, "remove");
  await assertNotLastOwner(
    ctx,
    target,
    leaving
      ? "You are the last owner. Make someone else owner before you leave."
      : "An agency needs at least one owner.",
  );
  await ctx.db.membership.delete({ where: { id: target.id } });
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: leaving ? "member.leave" : "member.remove",
    targetType: "membership",
    targetId: target.id,
    before: { email: target.user.email, role: target.role },
  });
  return { id: target.id };
}

export function assertMayInvite(ctx: ServiceCtx, input: TInviteMemberInput) {
  assertMayManage(ctx.role, input.role, "invite");
}
