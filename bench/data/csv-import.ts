import pg from "pg";
import { resolveOrgAccess } from "@/server/api/org-access";
import { withDb } from "@/server/db/client";
import { csvToMetricRecords } from "@/server/services/metrics/csv-records";
import { importMetrics } from "@/server/services/metrics/import";
import type { ImportMode, TImportReport } from "@/lib/schemas/metrics";
import { adminUrl, orgId, userId } from "./config";
import { seededRandom, timed } from "./stats";

export const IMPORT_ROWS = 100_000;
const DAY_MS = 86_400_000;
const HEADER = "date,campaign,channel,impressions,clicks,conversions,spend,revenue";

type Campaign = { name: string; channels: string[] };

export type ImportRun = {
  mode: ImportMode;
  /** What the run wrote: a first import inserts, the same file again updates every row. */
  path: "validate only" | "insert" | "update";
  parseMs: number;
  serviceMs: number;
  totalMs: number;
  msPerRow: number;
  report: Omit<TImportReport, "errors"> & { errors: number };
};

export type ImportResult = { agencyNo: number; rows: number; bytes: number; runs: ImportRun[] };

/**
 * A backfill file for a big agency: every campaign and channel for the 1,000 days before its
 * existing history (25 campaigns x 4 channels x 1,000 days = 100,000 rows), campaigns by name
 * as an ad-platform export names them, so nothing collides with the loaded rows.
 */
function backfillCsv(campaigns: Campaign[], firstExistingDay: string): string {
  const pairs = campaigns.flatMap((c) => c.channels.map((channel) => ({ name: c.name, channel })));
  const days = Math.ceil(IMPORT_ROWS / pairs.length);
  const random = seededRandom(99);
  const lines = [HEADER];
  for (let d = days; d >= 1 && lines.length <= IMPORT_ROWS; d -= 1) {
    const day = new Date(Date.parse(`${firstExistingDay}T00:00:00Z`) - d * DAY_MS).toISOString().slice(0, 10);
    for (const { name, channel } of pairs) {
      if (lines.length > IMPORT_ROWS) break;
      const impressions = 800 + Math.floor(random() * 4000);
      const clicks = Math.floor(impressions * (0.01 + random() * 0.04));
      const conversions = Math.floor(clicks * (0.02 + random() * 0.08));
      const spend = (clicks * (0.3 + random() * 2.2)).toFixed(2);
      const revenue = (conversions * (20 + random() * 100)).toFixed(2);
      lines.push(`${day},${name},${channel},${impressions},${clicks},${conversions},${spend},${revenue}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * What `POST /api/campaigns/metrics/import` does after reading the upload, minus the session
 * cookie: the role check, then parse, validate and upsert in one tenant transaction with the
 * route's 120 s timeout. Times the parse and the service call separately.
 */
async function importOnce(agencyNo: number, text: string, mode: ImportMode): Promise<Omit<ImportRun, "path">> {
  const started = performance.now();
  const access = await resolveOrgAccess(userId(agencyNo), orgId(agencyNo), "metrics.import");
  const parsed = await timed(async () => csvToMetricRecords(text, {}));
  const actor = { userId: userId(agencyNo), label: "bench", ip: "127.0.0.1", userAgent: "bench/data" };
  const service = await timed(() =>
    withDb(
      { organizationId: access.organizationId, userId: userId(agencyNo) },
      (db) => importMetrics({ db, organizationId: access.organizationId, actor }, parsed.result.records, mode, "csv"),
      { timeoutMs: 120_000 },
    ),
  );
  const totalMs = performance.now() - started;
  const { errors, ...report } = service.result;
  return {
    mode,
    parseMs: parsed.ms,
    serviceMs: service.ms,
    totalMs,
    msPerRow: totalMs / parsed.result.records.length,
    report: { ...report, errors: errors.length },
  };
}

/**
 * Imports a 100,000-row CSV into big agency 1 three times (preview, insert, re-import as
 * update), then deletes the imported rows again so the data set keeps its stated size.
 */
export async function measureCsvImport(log: (message: string) => void): Promise<ImportResult> {
  const agencyNo = 1;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const campaigns = (
      await admin.query<Campaign>(
        `SELECT name, channels::text[] AS channels FROM campaigns WHERE organization_id = $1 ORDER BY id`,
        [orgId(agencyNo)],
      )
    ).rows;
    const firstDay = (
      await admin.query<{ day: string }>(
        `SELECT to_char(min(date), 'YYYY-MM-DD') AS day FROM campaign_metrics WHERE organization_id = $1`,
        [orgId(agencyNo)],
      )
    ).rows[0]?.day;
    if (!firstDay) throw new Error(`agency ${agencyNo} has no metrics to import next to`);
    const text = backfillCsv(campaigns, firstDay);
    const rows = text.split("\n").length - 2;
    log(`  CSV: ${rows} rows, ${(text.length / 1024 / 1024).toFixed(1)} MiB, before ${firstDay}`);

    const runs: ImportRun[] = [];
    const steps = [
      ["preview", "validate only"],
      ["all-or-nothing", "insert"],
      ["all-or-nothing", "update"],
    ] as const;
    try {
      for (const [mode, path] of steps) {
        const run = { ...(await importOnce(agencyNo, text, mode)), path };
        runs.push(run);
        log(
          `  ${path.padEnd(13)} parse ${run.parseMs.toFixed(0)} ms, service ${run.serviceMs.toFixed(0)} ms, total ${run.totalMs.toFixed(0)} ms (${run.msPerRow.toFixed(4)} ms/row; inserted ${run.report.inserted}, updated ${run.report.updated}, errors ${run.report.errors})`,
        );
      }
    } finally {
      const removed = await admin.query(`DELETE FROM campaign_metrics WHERE organization_id = $1 AND date < $2`, [
        orgId(agencyNo),
        firstDay,
      ]);
      await admin.query("VACUUM (ANALYZE) campaign_metrics");
      log(`  removed the ${removed.rowCount ?? 0} imported rows again`);
    }
    return { agencyNo, rows, bytes: text.length, runs };
  } finally {
    await admin.end();
  }
}
