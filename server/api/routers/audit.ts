import { ZListAuditInput } from "@/lib/schemas/audit";
import { listAuditEvents, verifyAuditTrail } from "../../services/audit/audit-log";
import { createTRPCRouter, orgProcedure } from "../trpc";

export const auditRouter = createTRPCRouter({
  list: orgProcedure("audit.read")
    .input(ZListAuditInput)
    .query(({ ctx, input }) => listAuditEvents(ctx, input)),
  verify: orgProcedure("audit.read").mutation(({ ctx }) => verifyAuditTrail(ctx)),
});
