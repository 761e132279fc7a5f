import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { GENESIS_HASH, hashEvent } from "./canonical";
import { auditDiff } from "./redact";

/** Who did it, from where: filled from the request by the API layer. */
export type AuditActor = {
  userId: string | null;
  label: string;
  ip: string | null;
  userAgent: string | null;
};

export type AuditInput = {
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

/**
 * Appends one event to the agency's hash chain inside the caller's transaction, so the
 * change and its audit record commit or roll back together. A transaction-scoped advisory
 * lock per agency serialises writers so the chain never forks.
 */
export async function recordAudit(db: Db, organizationId: string, actor: AuditActor, input: AuditInput) {
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`audit:${organizationId}`}, 0))`;
  const last = await db.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  const diff = auditDiff(input.before ?? null, input.after ?? null);
  const fields = {
    organizationId,
    seq: (last?.seq ?? 0) + 1,
    actorId: actor.userId,
    actorLabel: actor.label,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId ?? null,
    ip: actor.ip,
    userAgent: actor.userAgent,
    before: diff.before,
    after: diff.after,
    // Millisecond precision: the column keeps exactly what was hashed.
    createdAt: new Date(),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  return db.auditEvent.create({
    data: {
      ...fields,
      before: (fields.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (fields.after ?? undefined) as Prisma.InputJsonValue | undefined,
      hash: hashEvent(fields),
    },
    select: { id: true, seq: true },
  });
}
