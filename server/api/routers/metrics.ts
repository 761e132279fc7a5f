import { ZAnalytics, ZAnalyticsInput } from "@/lib/schemas/analytics";
import { ZImportReport, ZIngestMetricsInput } from "@/lib/schemas/metrics";
import { getAnalytics } from "../../services/analytics/analytics";
import { importMetrics } from "../../services/metrics/import";
import { createTRPCRouter, orgProcedure } from "../trpc";

export const metricsRouter = createTRPCRouter({
  /** Agency-wide, per client (clientId) or per campaign (campaignId). */
  analytics: orgProcedure("analytics.read")
    .input(ZAnalyticsInput)
    .output(ZAnalytics)
    .query(({ ctx, input }) => getAnalytics(ctx, input)),
  /** Daily metrics as JSON rows; the same validation and modes as the CSV import. */
  ingest: orgProcedure("metrics.import")
    .input(ZIngestMetricsInput)
    .output(ZImportReport)
    .mutation(({ ctx, input }) =>
      importMetrics(
        ctx,
        input.rows.map((values, index) => ({ line: index + 1, values })),
        input.mode,
        "api",
      ),
    ),
});
