import { z } from "zod";
import { IMPORT_MODES, MAX_IMPORT_BYTES, ZColumnMapping } from "@/lib/schemas/metrics";
import { withOrgRoute } from "@/server/api/org-route";
import { readTextBody } from "@/server/http/read-body";
import { csvToMetricRecords } from "@/server/services/metrics/csv-records";
import { importMetrics } from "@/server/services/metrics/import";

const ZQuery = z
  .object({
    mode: z.enum(IMPORT_MODES).default("preview"),
    mapping: z
      .string()
      .max(4000)
      .optional()
      .transform((value, ctx) => {
        if (!value) return {};
        try {
          return JSON.parse(value) as unknown;
        } catch {
          ctx.addIssue({ code: "custom", message: 'mapping must be a JSON object like {"date":"Day"}' });
          return z.NEVER;
        }
      })
      .pipe(ZColumnMapping),
  })
  .strict();

/**
 * `POST /api/campaigns/metrics/import?mode=preview|all-or-nothing|valid-only&mapping={...}`
 * with the CSV file as the body. Answers the validation report; writes only as the mode says.
 */
export async function POST(req: Request) {
  return withOrgRoute(
    req,
    "metrics.import",
    async (ctx, { query, text }) => {
      const { header, records } = csvToMetricRecords(text, query.mapping);
      const report = await importMetrics(ctx, records, query.mode, "csv");
      return Response.json({ report, header });
    },
    {
      // Query and upload are checked before a transaction opens.
      prepare: async () => ({
        query: ZQuery.parse(Object.fromEntries(new URL(req.url).searchParams)),
        text: await readTextBody(req, MAX_IMPORT_BYTES),
      }),
      timeoutMs: 120_000,
    },
  );
}
