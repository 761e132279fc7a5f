import { csvCell } from "@/lib/csv";
import type { TAuditFilters } from "@/lib/schemas/audit";
import type { OrgContext } from "../../api/trpc";
import { recordAudit } from "../../audit/record";
import { AUDIT_SELECT, auditWhere } from "./audit-log";

type ServiceCtx = Pick<OrgContext, "db" | "organizationId" | "actor">;

const COLUMNS = [
  "seq",
  "createdAt",
  "actorLabel",
  "actorId",
  "action",
  "targetType",
  "targetId",
  "ip",
  "userAgent",
  "before",
  "after",
  "prevHash",
  "hash",
] as const;

export const MAX_EXPORT_ROWS = 100_000;

/** The filtered events, oldest first, as CSV or JSON; the export is itself audited. */
export async function exportAuditEvents(ctx: ServiceCtx, filters: TAuditFilters, format: "csv" | "json") {
  const events = await ctx.db.auditEvent.findMany({
    where: auditWhere(filters),
    orderBy: { seq: "asc" },
    take: MAX_EXPORT_ROWS,
    select: AUDIT_SELECT,
  });
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "audit.export",
    targetType: "audit_log",
    after: { format, rows: events.length, filters },
  });
  if (format === "json") return JSON.stringify(events, null, 2);
  const lines = [COLUMNS.join(",")];
  for (const event of events) lines.push(COLUMNS.map((column) => csvCell(event[column])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
