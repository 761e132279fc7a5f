import { afterAll, describe, expect, it } from "vitest";
import { detectAnomalies } from "@/lib/anomaly";
import { adminSql, closeConnections, createAgency, TEST_META } from "@/test/factories";
import { withDb } from "../../db/client";
import { ANOMALY_OPTIONS } from "../analytics/analytics";
import { createClient } from "../clients/clients";
import { seedDemoCampaigns } from "./campaign-seed";

afterAll(closeConnections);

describe("demo campaigns", () => {
  it("seeds six campaigns with 90 days of metrics that validate, with a planted anomaly the detector finds", async () => {
    const agency = await createAgency();
    const actor = { userId: agency.owner.id, label: agency.owner.email, ...TEST_META };
    const rows = await withDb(
      { organizationId: agency.organizationId, userId: agency.owner.id },
      async (db) => {
        const ctx = { db, organizationId: agency.organizationId, actor };
        const ids = new Map<string, string>();
        for (const name of ["Bluebird Coffee", "Summit Outdoor Gear", "Harbor Health Clinics"]) {
          ids.set(name, (await createClient(ctx, { name, status: "active", tags: [] })).id);
        }
        return seedDemoCampaigns(ctx, ids, new Date("2026-06-30T00:00:00Z"));
      },
      { timeoutMs: 60_000 },
    );
    expect(rows).toBe(900);
    const series = await adminSql<{ date: string; value: string }>(
      `SELECT to_char(m.date, 'YYYY-MM-DD') AS date, m.spend::text AS value
       FROM campaign_metrics m JOIN campaigns c ON c.id = m.campaign_id
       WHERE c.organization_id = $1 AND c.name = 'Winter Gear Search' AND m.channel = 'search' ORDER BY m.date`,
      [agency.organizationId],
    );
    const anomalies = detectAnomalies(
      series.map((p) => ({ date: p.date, value: Number(p.value) })),
      ANOMALY_OPTIONS,
    );
    // The planted spike is found, and it stands far above any day-to-day noise.
    const strongest = [...anomalies].sort((a, b) => (b.score ?? 0) - (a.score ?? 0))[0];
    expect(strongest).toMatchObject({ date: series[74]?.date, direction: "spike" });
    for (const other of anomalies.filter((a) => a !== strongest)) {
      expect(other.score ?? 0).toBeLessThan((strongest?.score ?? 0) / 10);
    }
  });
});
