import { ZAuditPage, ZChainReport, ZListAuditInput } from "@/lib/schemas/audit";
import { listAuditEvents, verifyAuditTrail } from "../../services/audit/audit-log";
import { createTRPCRouter, orgProcedure } from "../trpc";

export const auditRouter = createTRPCRouter({
  list: orgProcedure("audit.read")
    .input(ZListAuditInput)
    .output(ZAuditPage)
    .query(({ ctx, input }) => listAuditEvents(ctx, input)),
  verify: orgProcedure("audit.read")
    .output(ZChainReport)
    .mutation(({ ctx }) => verifyAuditTrail(ctx)),
});
