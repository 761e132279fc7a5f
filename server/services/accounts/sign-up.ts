import { randomUUID } from "node:crypto";
import type { TSignUpInput } from "@/lib/schemas/accounts";
import { recordAudit, type AuditActor } from "../../audit/record";
import { hashPassword } from "../../auth/password";
import { withDb, type Db } from "../../db/client";
import { addDefaultAgents } from "../agents/agents";
import { AppError } from "../../errors";
import { slugify } from "./slug";

/**
 * Inserts the agency with the first free slug. Other agencies are invisible under RLS, so
 * the database's unique index decides; ON CONFLICT keeps the transaction usable.
 */
async function insertOrganization(db: Db, id: string, name: string): Promise<string> {
  const base = slugify(name);
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const slug = attempt === 0 ? base : `${base}-${attempt < 10 ? attempt + 1 : randomUUID().slice(0, 6)}`;
    const rows = await db.$queryRaw<{ slug: string }[]>`
      INSERT INTO organizations (id, name, slug, created_at, updated_at)
      VALUES (${id}, ${name}, ${slug}, now(), now())
      ON CONFLICT (slug) DO NOTHING
      RETURNING slug`;
    if (rows[0]) return rows[0].slug;
  }
  throw new AppError("CONFLICT", "Could not find a free URL for this agency name. Try a more specific name.");
}

export type NewAgency = { userId: string; organizationId: string; slug: string };

/** The agency row, its first owner, and both audit events, in the caller's transaction. */
async function createOrganizationWithOwner(
  db: Db,
  organizationId: string,
  name: string,
  actor: AuditActor & { userId: string },
) {
  const slug = await insertOrganization(db, organizationId, name);
  const membership = await db.membership.create({
    data: { organizationId, userId: actor.userId, role: "owner" },
    select: { id: true },
  });
  await recordAudit(db, organizationId, actor, {
    action: "organization.create",
    targetType: "organization",
    targetId: organizationId,
    after: { name, slug },
  });
  await recordAudit(db, organizationId, actor, {
    action: "member.add",
    targetType: "membership",
    targetId: membership.id,
    after: { email: actor.label, role: "owner" },
  });
  // Every new agency starts with one agent per role, on the offline model until it connects a provider.
  await addDefaultAgents({ db, organizationId, actor });
  return slug;
}

/** Creates a person, their agency and their owner membership, audited, in one transaction. */
export async function createAgencyAccount(
  input: TSignUpInput,
  meta: Pick<AuditActor, "ip" | "userAgent">,
): Promise<NewAgency> {
  const passwordHash = await hashPassword(input.password);
  const userId = randomUUID();
  const organizationId = randomUUID();
  return withDb({ organizationId, userId, loginEmail: input.email }, async (db) => {
    const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) {
      throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", { field: "email" });
    }
    await db.user.create({ data: { id: userId, email: input.email, name: input.name, passwordHash } });
    const slug = await createOrganizationWithOwner(db, organizationId, input.agencyName, {
      userId,
      label: input.email,
      ...meta,
    });
    return { userId, organizationId, slug };
  });
}

/** A signed-in person starts another agency, as its owner. */
export async function createAgencyForUser(
  user: { id: string; email: string },
  name: string,
  meta: Pick<AuditActor, "ip" | "userAgent">,
): Promise<NewAgency> {
  const organizationId = randomUUID();
  return withDb({ organizationId, userId: user.id }, async (db) => {
    const slug = await createOrganizationWithOwner(db, organizationId, name, {
      userId: user.id,
      label: user.email,
      ...meta,
    });
    return { userId: user.id, organizationId, slug };
  });
}
