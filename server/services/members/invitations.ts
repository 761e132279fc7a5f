import { createHash, randomBytes } from "node:crypto";
import { ROLE_LABELS, type Role } from "@/lib/permissions";
import type { TInviteMemberInput, TSignUpWithInvitationInput } from "@/lib/schemas/members";
import type { OrgContext } from "../../api/trpc";
import { recordAudit, type AuditActor } from "../../audit/record";
import { hashPassword } from "../../auth/password";
import { withDb, type Db } from "../../db/client";
import { queueEmail } from "../../email/outbox";
import { env } from "../../env";
import { AppError } from "../../errors";
import { assertMayInvite } from "./members";

export const INVITATION_TTL_DAYS = 7;

type ServiceCtx = Pick<OrgContext, "db" | "organizationId" | "organization" | "actor" | "role">;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function listInvitations({ db }: ServiceCtx) {
  return db.invitation.findMany({
    where: { acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
  });
}

/**
 * Creates a single-use invitation and emails its link. Only the SHA-256 of the token is
 * stored; an older pending invitation for the same email is revoked.
 */
export async function inviteMember(ctx: ServiceCtx, input: TInviteMemberInput) {
  assertMayInvite(ctx, input);
  const existingMember = await ctx.db.membership.findFirst({
    where: { user: { email: input.email } },
    select: { id: true },
  });
  if (existingMember) {
    throw new AppError("CONFLICT", `${input.email} is already a member of ${ctx.organization.name}.`, {
      field: "email",
    });
  }
  await ctx.db.invitation.updateMany({
    where: { email: input.email, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000);
  const invitation = await ctx.db.invitation.create({
    data: {
      organizationId: ctx.organizationId,
      email: input.email,
      role: input.role,
      tokenHash: hashToken(token),
      invitedById: ctx.actor.userId ?? "",
      expiresAt,
    },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
  });
  const link = `${env().appUrl}/invite/${token}`;
  await queueEmail(ctx.db, {
    to: input.email,
    subject: `You're invited to ${ctx.organization.name} on Switchboard`,
    text: [
      `${ctx.actor.label} invited you to join ${ctx.organization.name} on Switchboard as ${ROLE_LABELS[input.role]}.`,
      "",
      `Accept the invitation: ${link}`,
      "",
      `The link works once and expires on ${expiresAt.toUTCString()}.`,
    ].join("\n"),
  });
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "invitation.create",
    targetType: "invitation",
    targetId: invitation.id,
    after: { email: input.email, role: input.role, expiresAt: expiresAt.toISOString() },
  });
  return invitation;
}

export async function revokeInvitation(ctx: ServiceCtx, invitationId: string) {
  const invitation = await ctx.db.invitation.findFirst({
    where: { id: invitationId, acceptedAt: null, revokedAt: null },
    select: { id: true, email: true, role: true },
  });
  if (!invitation) throw new AppError("NOT_FOUND", "That invitation was not found or is no longer pending.");
  assertMayInvite(ctx, { email: invitation.email, role: invitation.role });
  await ctx.db.invitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } });
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "invitation.revoke",
    targetType: "invitation",
    targetId: invitation.id,
    before: { email: invitation.email, role: invitation.role },
  });
  return { id: invitation.id };
}

type PendingInvitation = {
  id: string;
  organizationId: string;
  email: string;
  role: Role;
  organization: { name: string; slug: string };
};

/** Finds a usable invitation by token, or says exactly why it cannot be used. */
async function findUsableInvitation(db: Db, tokenHash: string): Promise<PendingInvitation> {
  const invitation = await db.$queryRaw<
    {
      id: string;
      organization_id: string;
      email: string;
      role: Role;
      expires_at: Date;
      accepted_at: Date | null;
      revoked_at: Date | null;
      name: string;
      slug: string;
    }[]
  >`SELECT i.id, i.organization_id, i.email, i.role::text AS role, i.expires_at, i.accepted_at, i.revoked_at, o.name, o.slug
    FROM invitations i JOIN organizations o ON o.id = i.organization_id
    WHERE i.token_hash = ${tokenHash}`;
  const row = invitation[0];
  if (!row) throw new AppError("NOT_FOUND", "This invitation link is not valid. Ask for a new invitation.");
  if (row.accepted_at)
    throw new AppError("PRECONDITION_FAILED", "This invitation has already been used. Sign in instead.");
  if (row.revoked_at)
    throw new AppError("PRECONDITION_FAILED", "This invitation was withdrawn. Ask for a new invitation.");
  if (row.expires_at.getTime() < Date.now()) {
    throw new AppError("PRECONDITION_FAILED", "This invitation has expired. Ask for a new invitation.");
  }
  return {
    id: row.id,
    organizationId: row.organization_id,
    email: row.email,
    role: row.role,
    organization: { name: row.name, slug: row.slug },
  };
}

/** What the invitation page shows before the visitor signs in or up. */
export async function previewInvitation(token: string) {
  const tokenHash = hashToken(token);
  const organizationId = await organizationIdFor(tokenHash);
  const invitation = await withDb({ organizationId, invitationTokenHash: tokenHash }, (db) =>
    findUsableInvitation(db, tokenHash),
  );
  const account = await withDb({ loginEmail: invitation.email }, (db) =>
    db.user.findUnique({ where: { email: invitation.email }, select: { id: true } }),
  );
  return {
    email: invitation.email,
    role: invitation.role,
    organization: invitation.organization,
    accountExists: Boolean(account),
  };
}

async function organizationIdFor(tokenHash: string): Promise<string> {
  const rows = await withDb(
    { invitationTokenHash: tokenHash },
    (db) =>
      db.$queryRaw<
        { organization_id: string }[]
      >`SELECT organization_id FROM invitations WHERE token_hash = ${tokenHash}`,
  );
  const organizationId = rows[0]?.organization_id;
  if (!organizationId) throw new AppError("NOT_FOUND", "This invitation link is not valid. Ask for a new invitation.");
  return organizationId;
}

async function consumeInvitation(db: Db, invitation: PendingInvitation, userId: string, actor: AuditActor) {
  const already = await db.membership.findFirst({ where: { userId }, select: { id: true } });
  if (already) throw new AppError("CONFLICT", `You are already a member of ${invitation.organization.name}.`);
  // The conditional update makes the link single-use even under concurrent clicks.
  const used = await db.invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null, revokedAt: null },
    data: { acceptedAt: new Date() },
  });
  if (used.count !== 1) throw new AppError("PRECONDITION_FAILED", "This invitation has already been used.");
  const membership = await db.membership.create({
    data: { organizationId: invitation.organizationId, userId, role: invitation.role },
    select: { id: true },
  });
  await recordAudit(db, invitation.organizationId, actor, {
    action: "invitation.accept",
    targetType: "membership",
    targetId: membership.id,
    after: { email: invitation.email, role: invitation.role },
  });
  return { organizationId: invitation.organizationId, organization: invitation.organization };
}

/** A signed-in person accepts an invitation sent to their email address. */
export async function acceptInvitation(
  token: string,
  user: { id: string; email: string },
  meta: Pick<AuditActor, "ip" | "userAgent">,
) {
  const tokenHash = hashToken(token);
  const organizationId = await organizationIdFor(tokenHash);
  return withDb({ organizationId, userId: user.id, invitationTokenHash: tokenHash }, async (db) => {
    const invitation = await findUsableInvitation(db, tokenHash);
    if (invitation.email.toLowerCase() !== user.email.toLowerCase()) {
      throw new AppError(
        "FORBIDDEN",
        `This invitation was sent to ${invitation.email}. Sign out and sign in (or sign up) with that address.`,
      );
    }
    return consumeInvitation(db, invitation, user.id, { userId: user.id, label: user.email, ...meta });
  });
}

/** Someone new creates their account from an invitation: joins that agency, creates none. */
export async function signUpWithInvitation(
  input: TSignUpWithInvitationInput,
  meta: Pick<AuditActor, "ip" | "userAgent">,
) {
  const tokenHash = hashToken(input.token);
  const organizationId = await organizationIdFor(tokenHash);
  const passwordHash = await hashPassword(input.password);
  return withDb({ organizationId, invitationTokenHash: tokenHash }, async (db) => {
    const invitation = await findUsableInvitation(db, tokenHash);
    const email = invitation.email.toLowerCase();
    await db.$queryRaw`SELECT set_config('app.login_email', ${email}, true)`;
    const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", "An account with this email already exists. Sign in to accept.");
    const user = await db.user.create({ data: { email, name: input.name, passwordHash }, select: { id: true } });
    await db.$queryRaw`SELECT set_config('app.user_id', ${user.id}, true)`;
    const joined = await consumeInvitation(db, invitation, user.id, { userId: user.id, label: email, ...meta });
    return { ...joined, email };
  });
}
