import type { TAuditFilters, TListAuditInput } from "@/lib/schemas/audit";
import type { OrgContext } from "../../api/trpc";
import { recordAudit } from "../../audit/record";
import { verifyAuditChain } from "../../audit/verify";
import type { Prisma } from "../../db/generated/client";

type ServiceCtx = Pick<OrgContext, "db" | "organizationId" | "actor">;

export const AUDIT_SELECT = {
  id: true,
  seq: true,
  actorId: true,
  actorLabel: true,
  action: true,
  targetType: true,
  targetId: true,
  ip: true,
  userAgent: true,
  before: true,
  after: true,
  createdAt: true,
  prevHash: true,
  hash: true,
} satisfies Prisma.AuditEventSelect;

export function auditWhere(filters: TAuditFilters): Prisma.AuditEventWhereInput {
  return {
    ...(filters.actor && { actorLabel: { contains: filters.actor, mode: "insensitive" } }),
    ...(filters.action && { action: { startsWith: filters.action } }),
    ...(filters.targetType && { targetType: filters.targetType }),
    ...(filters.targetId && { targetId: filters.targetId }),
    ...((filters.from || filters.to) && { createdAt: { gte: filters.from, lte: filters.to } }),
  };
}

export async function listAuditEvents({ db }: ServiceCtx, input: TListAuditInput) {
  const { cursor, limit, direction: _direction, ...filters } = input;
  const rows = await db.auditEvent.findMany({
    where: { ...auditWhere(filters), ...(cursor && { seq: { lt: cursor } }) },
    orderBy: { seq: "desc" },
    take: limit + 1,
    select: AUDIT_SELECT,
  });
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? (items.at(-1)?.seq ?? null) : null };
}

/** Verifies the chain; the check itself is a sensitive read and is audited. */
export async function verifyAuditTrail(ctx: ServiceCtx) {
  const report = await verifyAuditChain(ctx.db);
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "audit.verify",
    targetType: "audit_log",
    after: report.ok ? { ok: true, checked: report.checked } : { ok: false, brokenAtSeq: report.brokenAt.seq },
  });
  return report;
}
