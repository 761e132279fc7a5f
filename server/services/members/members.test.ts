import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addMember,
  adminSql,
  callerFor,
  closeConnections,
  createAgency,
  invitationToken,
  membershipIdOf,
  ownerCaller,
  PASSWORD,
  trpcError,
  uniqueEmail,
  type TestAgency,
} from "@/test/factories";
import { hashToken } from "./invitations";

afterAll(closeConnections);

/** An anonymous visitor; each gets its own address so the sign-up rate limit never interferes. */
let visitorIp = 0;
const visitor = () => callerFor(null, null, { meta: { ip: `10.7.0.${++visitorIp}`, userAgent: "vitest" } });

async function invite(agency: TestAgency, role: "admin" | "manager" | "member" | "viewer" = "member") {
  const email = uniqueEmail("invitee");
  const invitation = await ownerCaller(agency).members.invite({ email, role });
  return { email, invitation, token: await invitationToken(email) };
}

describe("invitations", () => {
  let agency: TestAgency;

  beforeAll(async () => {
    agency = await createAgency();
  });

  it("emails a /invite/<token> link and audits the invitation without the token or its hash", async () => {
    const { email, invitation, token } = await invite(agency, "manager");
    expect(token.length).toBeGreaterThanOrEqual(40);
    const emails = await adminSql<{ text: string; status: string }>(
      `SELECT text, status FROM outbox_emails WHERE "to" = $1`,
      [email],
    );
    expect(emails).toHaveLength(1);
    expect(emails[0]?.text).toContain(`/invite/${token}`);
    expect(emails[0]?.status).toBe("captured");

    const stored = await adminSql<{ token_hash: string }>("SELECT token_hash FROM invitations WHERE id = $1", [
      invitation.id,
    ]);
    expect(stored[0]?.token_hash).toBe(hashToken(token));

    const events = await adminSql<{ action: string; before: unknown; after: unknown }>(
      "SELECT action, before, after FROM audit_events WHERE organization_id = $1 AND target_id = $2",
      [agency.organizationId, invitation.id],
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "invitation.create", after: { email, role: "manager" } });
    const recorded = JSON.stringify(events[0]);
    expect(recorded).not.toContain(token);
    expect(recorded).not.toContain(hashToken(token));
  });

  it("signing up with the link creates the membership with the invited role, once", async () => {
    const { email, token } = await invite(agency, "manager");
    const joined = await visitor().accounts.signUpWithInvitation({ token, name: "New Manager", password: PASSWORD });
    expect(joined).toMatchObject({ organizationId: agency.organizationId, email });
    const rows = await adminSql<{ role: string; organization_id: string }>(
      "SELECT m.role::text AS role, m.organization_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1",
      [email],
    );
    expect(rows).toEqual([{ role: "manager", organization_id: agency.organizationId }]);

    const again = await trpcError(
      visitor().accounts.signUpWithInvitation({ token, name: "Second Use", password: PASSWORD }),
    );
    expect(again.code).toBe("PRECONDITION_FAILED");
    expect(again.message).toMatch(/already been used/);
  });

  it("lets exactly one of several simultaneous sign-ups use a link", async () => {
    const { email, token } = await invite(agency);
    const results = await Promise.allSettled(
      [1, 2, 3].map((i) => visitor().accounts.signUpWithInvitation({ token, name: `Racer ${i}`, password: PASSWORD })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const result of results) {
      const reason: unknown = result.status === "rejected" ? result.reason : null;
      if (reason) expect(reason instanceof TRPCError && reason.code).toMatch(/^(PRECONDITION_FAILED|CONFLICT)$/);
    }
    const rows = await adminSql("SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1", [
      email,
    ]);
    expect(rows).toHaveLength(1);
  });

  it("refuses an expired invitation, saying it expired", async () => {
    const { invitation, token } = await invite(agency);
    // Stored as UTC without a zone, like Prisma writes it.
    await adminSql("UPDATE invitations SET expires_at = timezone('UTC', now()) - interval '1 day' WHERE id = $1", [
      invitation.id,
    ]);
    const error = await trpcError(visitor().accounts.signUpWithInvitation({ token, name: "Late", password: PASSWORD }));
    expect(error.code).toBe("PRECONDITION_FAILED");
    expect(error.message).toMatch(/expired/);
  });

  it("refuses a revoked invitation", async () => {
    const { invitation, token } = await invite(agency);
    await ownerCaller(agency).members.revokeInvitation({ invitationId: invitation.id });
    const error = await trpcError(visitor().accounts.signUpWithInvitation({ token, name: "Gone", password: PASSWORD }));
    expect(error.code).toBe("PRECONDITION_FAILED");
    expect(error.message).toMatch(/withdrawn/);
    const pending = await ownerCaller(agency).members.invitations();
    expect(pending.map((i) => i.id)).not.toContain(invitation.id);
  });

  it("refuses a signed-in person whose email is not the invited one", async () => {
    const { invitation, token } = await invite(agency);
    const stranger = (await createAgency()).owner;
    const error = await trpcError(callerFor(stranger).members.accept({ token }));
    expect(error.code).toBe("FORBIDDEN");
    const rows = await adminSql("SELECT 1 FROM memberships WHERE organization_id = $1 AND user_id = $2", [
      agency.organizationId,
      stranger.id,
    ]);
    expect(rows).toEqual([]);
    const state = await adminSql<{ accepted_at: Date | null }>("SELECT accepted_at FROM invitations WHERE id = $1", [
      invitation.id,
    ]);
    expect(state).toEqual([{ accepted_at: null }]);
  });

  it("lets the invited person, already signed up elsewhere, accept while signed in", async () => {
    const other = await createAgency();
    const email = other.owner.email;
    await ownerCaller(agency).members.invite({ email, role: "viewer" });
    const token = await invitationToken(email);
    const joined = await callerFor(other.owner).members.accept({ token });
    expect(joined.organizationId).toBe(agency.organizationId);
    const mine = await callerFor(other.owner).organizations.mine();
    expect(mine.memberships.map((m) => m.organizationId).sort()).toEqual(
      [agency.organizationId, other.organizationId].sort(),
    );
  });
});

describe("roles", () => {
  let agency: TestAgency;

  beforeAll(async () => {
    agency = await createAgency();
  });

  it("an admin cannot invite an admin or make someone admin; an owner can", async () => {
    const admin = await addMember(agency, "admin");
    const manager = await addMember(agency, "manager");
    const asAdmin = callerFor(admin, agency.organizationId);

    const inviteAdmin = await trpcError(asAdmin.members.invite({ email: uniqueEmail(), role: "admin" }));
    expect(inviteAdmin.code).toBe("FORBIDDEN");
    const promote = await trpcError(asAdmin.members.changeRole({ membershipId: manager.membershipId, role: "admin" }));
    expect(promote.code).toBe("FORBIDDEN");
    const demoteAdmin = await trpcError(
      asAdmin.members.changeRole({ membershipId: admin.membershipId, role: "viewer" }),
    );
    expect(demoteAdmin.code).toBe("FORBIDDEN");
    // An admin still manages the roles below their own.
    await expect(asAdmin.members.changeRole({ membershipId: manager.membershipId, role: "member" })).resolves.toEqual({
      id: manager.membershipId,
      role: "member",
    });

    const asOwner = ownerCaller(agency);
    await expect(asOwner.members.invite({ email: uniqueEmail(), role: "admin" })).resolves.toMatchObject({
      role: "admin",
    });
    await asOwner.members.changeRole({ membershipId: manager.membershipId, role: "admin" });
    const rows = await adminSql<{ role: string }>("SELECT role::text AS role FROM memberships WHERE id = $1", [
      manager.membershipId,
    ]);
    expect(rows).toEqual([{ role: "admin" }]);
  });

  it("an admin cannot remove an owner", async () => {
    const admin = await addMember(agency, "admin");
    const ownerMembershipId = await membershipIdOf(agency, agency.owner.id);
    const error = await trpcError(
      callerFor(admin, agency.organizationId).members.remove({ membershipId: ownerMembershipId }),
    );
    expect(error.code).toBe("FORBIDDEN");
    const rows = await adminSql("SELECT id FROM memberships WHERE id = $1", [ownerMembershipId]);
    expect(rows).toHaveLength(1);
  });

  it("the last owner can neither be demoted nor leave, until another owner exists", async () => {
    const solo = await createAgency();
    const owner = ownerCaller(solo);
    const ownerMembershipId = await membershipIdOf(solo, solo.owner.id);

    const demote = await trpcError(owner.members.changeRole({ membershipId: ownerMembershipId, role: "admin" }));
    expect(demote.code).toBe("PRECONDITION_FAILED");
    expect(demote.message).toMatch(/at least one owner/);
    const leave = await trpcError(owner.members.leave());
    expect(leave.code).toBe("PRECONDITION_FAILED");
    expect(leave.message).toMatch(/last owner/);

    const successor = await addMember(solo, "admin");
    await owner.members.changeRole({ membershipId: successor.membershipId, role: "owner" });
    await expect(owner.members.changeRole({ membershipId: ownerMembershipId, role: "admin" })).resolves.toEqual({
      id: ownerMembershipId,
      role: "admin",
    });
    // Now an admin, the former owner may still leave.
    await expect(callerFor(solo.owner, solo.organizationId).members.leave()).resolves.toEqual({
      id: ownerMembershipId,
    });
    const remaining = await adminSql<{ role: string; user_id: string }>(
      "SELECT role::text AS role, user_id FROM memberships WHERE organization_id = $1",
      [solo.organizationId],
    );
    expect(remaining).toEqual([{ role: "owner", user_id: successor.id }]);
  });

  it("two owners demoting each other at once leave one owner, not none", async () => {
    // Repeated: without row locks the race loses the last owner most of the time.
    for (let trial = 0; trial < 5; trial += 1) {
      const pair = await createAgency();
      const second = await addMember(pair, "admin");
      await ownerCaller(pair).members.changeRole({ membershipId: second.membershipId, role: "owner" });
      const firstMembershipId = await membershipIdOf(pair, pair.owner.id);
      const results = await Promise.allSettled([
        ownerCaller(pair).members.changeRole({ membershipId: second.membershipId, role: "admin" }),
        callerFor(second, pair.organizationId).members.changeRole({ membershipId: firstMembershipId, role: "admin" }),
      ]);
      const owners = await adminSql("SELECT id FROM memberships WHERE organization_id = $1 AND role = 'owner'", [
        pair.organizationId,
      ]);
      expect(owners, `trial ${trial}`).toHaveLength(1);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    }
  });

  it("an owner may leave once a second owner exists", async () => {
    const pair = await createAgency();
    const second = await addMember(pair, "admin");
    await ownerCaller(pair).members.changeRole({ membershipId: second.membershipId, role: "owner" });
    await expect(ownerCaller(pair).members.leave()).resolves.toMatchObject({ id: expect.any(String) });
    const lastOwner = await trpcError(callerFor(second, pair.organizationId).members.leave());
    expect(lastOwner.code).toBe("PRECONDITION_FAILED");
  });
});
