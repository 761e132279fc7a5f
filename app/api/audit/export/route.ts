import { z } from "zod";
import { ZAuditFilters } from "@/lib/schemas/audit";
import { withOrgRoute } from "@/server/api/org-route";
import { exportAuditEvents } from "@/server/services/audit/export";

const ZExportQuery = ZAuditFilters.extend({ format: z.enum(["csv", "json"]).default("csv") }).strict();

export async function GET(req: Request) {
  return withOrgRoute(req, "audit.export", async (ctx) => {
    const params = Object.fromEntries(new URL(req.url).searchParams);
    const { format, ...filters } = ZExportQuery.parse(params);
    const body = await exportAuditEvents(ctx, filters, format);
    const stamp = new Date().toISOString().slice(0, 10);
    return new Response(body, {
      headers: {
        "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="audit-${ctx.organization.slug}-${stamp}.${format}"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
