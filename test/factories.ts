import { randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import pg from "pg";
import type { Role } from "@/lib/permissions";
import type { ApiContext } from "@/server/api/context";
import type { OrgContext } from "@/server/api/trpc";
import { createCaller } from "@/server/api/root";
import { disconnectDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { createAgencyAccount } from "@/server/services/accounts/sign-up";
import { signUpWithInvitation } from "@/server/services/members/invitations";

/**
 * Seed factories for integration tests. Every run shares one database, so every name and
 * email carries a random suffix and no test may assume empty tables.
 */

export type TestUser = { id: string; email: string; name: string; password: string };
export type TestAgency = { organizationId: string; slug: string; name: string; owner: TestUser };
export type TestMember = TestUser & { membershipId: string; role: Role };
export type Meta = ApiContext["meta"];

export const PASSWORD = "correct horse battery staple";
export const TEST_META: Meta = { ip: "127.0.0.1", userAgent: "vitest" };

/** A short random suffix that keeps names and emails unique across the shared database. */
export const unique = () => randomBytes(5).toString("hex");

export const uniqueEmail = (label = "user") => `${label}-${unique()}@example.com`;

let adminPool: pg.Pool | undefined;
let appPool: pg.Pool | undefined;

/** Runs SQL as the superuser (no RLS): for arranging and inspecting rows behind the app's back. */
export async function adminSql<T extends pg.QueryResultRow = Record<string, unknown>>(
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  adminPool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
  return (await adminPool.query<T>(sql, params)).rows;
}

/** Runs SQL as `switchboard_app`, the role the app itself uses (RLS enforced). */
export async function appSql<T extends pg.QueryResultRow = Record<string, unknown>>(
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  appPool ??= new pg.Pool({ connectionString: process.env.APP_DATABASE_URL, max: 4 });
  return (await appPool.query<T>(sql, params)).rows;
}

/** One dedicated `switchboard_app` connection, for tests about transactions; the caller ends it. */
export async function appConnection(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: process.env.APP_DATABASE_URL });
  await client.connect();
  return client;
}

/** Closes every pool a test file opened; register with `afterAll(closeConnections)`. */
export async function closeConnections(): Promise<void> {
  await Promise.all([adminPool?.end(), appPool?.end(), disconnectDb()]);
  adminPool = undefined;
  appPool = undefined;
}

/** A new agency with its owner, through the real sign-up use case. */
export async function createAgency(opts: { name?: string; email?: string; meta?: Meta } = {}): Promise<TestAgency> {
  const suffix = unique();
  const name = opts.name ?? `Agency ${suffix}`;
  const owner = { email: opts.email ?? `owner-${suffix}@example.com`, name: `Owner ${suffix}`, password: PASSWORD };
  const created = await createAgencyAccount(
    { name: owner.name, email: owner.email, password: owner.password, agencyName: name },
    opts.meta ?? TEST_META,
  );
  return { organizationId: created.organizationId, slug: created.slug, name, owner: { ...owner, id: created.userId } };
}

/** A tRPC caller acting as `user` (or anonymous) with the given active-agency cookie. */
export function callerFor(
  user: Pick<TestUser, "id" | "email" | "name"> | null,
  activeOrgId: string | null = null,
  opts: { meta?: Meta; resHeaders?: Headers } = {},
) {
  return createCaller({
    user: user && { id: user.id, email: user.email, name: user.name },
    meta: opts.meta ?? TEST_META,
    activeOrgId,
    resHeaders: opts.resHeaders ?? new Headers(),
  });
}

export type Caller = ReturnType<typeof callerFor>;

/** The owner's caller, active in their own agency. */
export const ownerCaller = (agency: TestAgency) => callerFor(agency.owner, agency.organizationId);

/** The token of the newest invitation email sent to `email`, read from the outbox. */
export async function invitationToken(email: string): Promise<string> {
  const rows = await adminSql<{ text: string }>(
    `SELECT text FROM outbox_emails WHERE "to" = $1 ORDER BY created_at DESC LIMIT 1`,
    [email],
  );
  const token = rows[0]?.text.match(/\/invite\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`no invitation email with a /invite/<token> link for ${email}`);
  return token;
}

/** Invites a new person as `role` (as the owner) and signs them up with the emailed link. */
export async function addMember(agency: TestAgency, role: Role): Promise<TestMember> {
  const suffix = unique();
  const email = `${role}-${suffix}@example.com`;
  const name = `${role} ${suffix}`;
  await ownerCaller(agency).members.invite({ email, role });
  const token = await invitationToken(email);
  await signUpWithInvitation({ token, name, password: PASSWORD }, TEST_META);
  const rows = await adminSql<{ id: string; user_id: string }>(
    `SELECT m.id, m.user_id FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE u.email = $1 AND m.organization_id = $2`,
    [email, agency.organizationId],
  );
  const row = rows[0];
  if (!row) throw new Error(`signing up ${email} created no membership`);
  return { id: row.user_id, email, name, password: PASSWORD, membershipId: row.id, role };
}

/** The membership id of a user in an agency (superuser read). */
export async function membershipIdOf(agency: TestAgency, userId: string): Promise<string> {
  const rows = await adminSql<{ id: string }>(
    "SELECT id FROM memberships WHERE organization_id = $1 AND user_id = $2",
    [agency.organizationId, userId],
  );
  if (!rows[0]) throw new Error(`user ${userId} has no membership in ${agency.name}`);
  return rows[0].id;
}

/** Awaits a call that must fail with a TRPCError and returns that error. */
export async function trpcError(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected the call to fail with a TRPCError, but it succeeded");
}

/** Awaits a call that must fail and returns whatever it threw. */
export async function failure(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail, but it succeeded");
}

/** Awaits a use case that must refuse with an AppError and returns it (code, message). */
export async function appError(call: Promise<unknown>): Promise<AppError> {
  const error = await failure(call);
  if (error instanceof AppError) return error;
  throw error;
}

/** What a route handler hands a use case for the agency's owner (access without a transaction). */
export const ownerAccess = (agency: TestAgency): Omit<OrgContext, "db"> => ({
  organizationId: agency.organizationId,
  organization: { name: agency.name, slug: agency.slug },
  role: "owner",
  actor: { userId: agency.owner.id, label: agency.owner.email, ...TEST_META },
});
