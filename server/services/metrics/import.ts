import type { ImportMode, TImportReport } from "@/lib/schemas/metrics";
import type { OrgContext } from "../../api/trpc";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { validateMetricRecords, type RawMetricRecord, type ValidMetricRow } from "./validate";

type ServiceCtx = Pick<OrgContext, "db" | "organizationId" | "actor">;

const BATCH = 1000;

/**
 * Inserts or updates one row per (campaign, day, channel): re-importing a day replaces its
 * numbers instead of adding a second row. `xmax = 0` tells a fresh insert from an update.
 */
async function upsertMetrics(db: Db, organizationId: string, rows: ValidMetricRow[]) {
  let inserted = 0;
  let updated = 0;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const result = await db.$queryRaw<{ inserted: boolean }[]>`
      INSERT INTO campaign_metrics
        (id, organization_id, campaign_id, date, channel, impressions, clicks, conversions, spend, revenue, created_at, updated_at)
      SELECT gen_random_uuid()::text, ${organizationId}, r.campaign_id, r.date::date, r.channel::"Channel",
             r.impressions, r.clicks, r.conversions, r.spend, r.revenue, now(), now()
      FROM unnest(
        ${batch.map((r) => r.campaignId)}::text[], ${batch.map((r) => r.date)}::text[], ${batch.map((r) => r.channel)}::text[],
        ${batch.map((r) => r.impressions)}::int[], ${batch.map((r) => r.clicks)}::int[], ${batch.map((r) => r.conversions)}::int[],
        ${batch.map((r) => r.spend)}::numeric[], ${batch.map((r) => r.revenue)}::numeric[]
      ) AS r(campaign_id, date, channel, impressions, clicks, conversions, spend, revenue)
      ON CONFLICT (campaign_id, date, channel) DO UPDATE SET
        impressions = excluded.impressions, clicks = excluded.clicks, conversions = excluded.conversions,
        spend = excluded.spend, revenue = excluded.revenue, updated_at = now()
      RETURNING (xmax = 0) AS inserted`;
    for (const row of result) {
      if (row.inserted) inserted += 1;
      else updated += 1;
    }
  }
  return { inserted, updated };
}

/**
 * Validates every record and then, by mode: `preview` writes nothing; `all-or-nothing`
 * writes only when every record is valid; `valid-only` writes the valid ones. The report
 * lists every bad record by line and reason either way. Writing is audited.
 */
export async function importMetrics(
  ctx: ServiceCtx,
  records: RawMetricRecord[],
  mode: ImportMode,
  source: "csv" | "api",
): Promise<TImportReport> {
  const { valid, errors } = await validateMetricRecords(ctx.db, records);
  const report: TImportReport = {
    mode,
    received: records.length,
    valid: valid.length,
    errors,
    applied: false,
    inserted: 0,
    updated: 0,
  };
  const write = mode === "valid-only" || (mode === "all-or-nothing" && errors.length === 0);
  if (!write || valid.length === 0) return report;
  const counts = await upsertMetrics(ctx.db, ctx.organizationId, valid);
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "metrics.import",
    targetType: "campaign_metrics",
    after: { source, mode, received: records.length, ...counts, rejected: records.length - valid.length },
  });
  return { ...report, applied: true, ...counts };
}
