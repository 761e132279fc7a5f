import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TMetricRowInput } from "@/lib/schemas/metrics";
import {
  adminSql,
  closeConnections,
  createAgency,
  ownerCaller,
  trpcError,
  type Caller,
  type TestAgency,
} from "@/test/factories";

afterAll(closeConnections);

let agency: TestAgency;
let caller: Caller;
let campaignId: string;

beforeAll(async () => {
  agency = await createAgency();
  caller = ownerCaller(agency);
  const client = await caller.clients.create({ name: "Metrics client" });
  const campaign = await caller.campaigns.create({
    clientId: client.id,
    name: "Always On",
    channels: ["search", "social"],
    objective: "Leads",
    budget: 5000,
    currency: "USD",
    startDate: "2026-01-01",
  });
  campaignId = campaign.id;
});

const row = (overrides: Partial<TMetricRowInput> = {}): TMetricRowInput => ({
  date: "2026-01-05",
  campaign: "Always On",
  channel: "search",
  impressions: 1000,
  clicks: 50,
  conversions: 5,
  spend: "120.50",
  revenue: 400,
  ...overrides,
});

const storedRows = () =>
  adminSql<{ date: string; channel: string; clicks: number; spend: string }>(
    "SELECT to_char(date, 'YYYY-MM-DD') AS date, channel::text, clicks, spend::text FROM campaign_metrics WHERE campaign_id = $1 ORDER BY date, channel",
    [campaignId],
  );

describe("metrics import", () => {
  it("reports every bad row by line and reason, and all-or-nothing writes nothing", async () => {
    const report = await caller.metrics.ingest({
      mode: "all-or-nothing",
      rows: [
        row({ date: "2026-02-01" }),
        row({ date: "2026-02-30" }),
        row({ date: "01/02/2026" }),
        row({ spend: "-3" }),
        row({ campaign: "Nope" }),
        row({ channel: "email" }),
        row({ clicks: 5000 }),
        row({ date: "2026-02-01" }),
      ],
    });
    expect(report).toMatchObject({ received: 8, valid: 1, applied: false, inserted: 0 });
    const byLine = Object.fromEntries(report.errors.map((e) => [e.line, e.reason]));
    expect(byLine[2]).toMatch(/does not exist/);
    expect(byLine[3]).toMatch(/must look like 2026-03-31/);
    expect(byLine[4]).toMatch(/spend must not be negative/);
    expect(byLine[5]).toMatch(/no campaign "Nope"/);
    expect(byLine[6]).toMatch(/does not run on email/);
    expect(byLine[7]).toMatch(/clicks cannot exceed impressions/);
    expect(byLine[8]).toMatch(/duplicates line 1/);
    expect(await storedRows()).toEqual([]);
  });

  it("valid-only writes the good rows; re-importing the same day and channel updates instead of duplicating", async () => {
    const first = await caller.metrics.ingest({
      mode: "valid-only",
      rows: [row({ date: "2026-03-01" }), row({ date: "2026-03-01", channel: "social" }), row({ spend: "abc" })],
    });
    expect(first).toMatchObject({ applied: true, valid: 2, inserted: 2, updated: 0 });
    expect(first.errors).toHaveLength(1);

    const again = await caller.metrics.ingest({
      mode: "all-or-nothing",
      rows: [row({ date: "2026-03-01", clicks: 70, spend: 99.99 })],
    });
    expect(again).toMatchObject({ applied: true, inserted: 0, updated: 1 });
    expect(await storedRows()).toEqual([
      { date: "2026-03-01", channel: "search", clicks: 70, spend: "99.99" },
      { date: "2026-03-01", channel: "social", clicks: 50, spend: "120.50" },
    ]);
    const audit = await adminSql<{ action: string }>(
      "SELECT action FROM audit_events WHERE organization_id = $1 AND action = 'metrics.import'",
      [agency.organizationId],
    );
    expect(audit).toHaveLength(2);
  });

  it("preview validates without writing", async () => {
    const report = await caller.metrics.ingest({ mode: "preview", rows: [row({ date: "2026-04-01" })] });
    expect(report).toMatchObject({ applied: false, valid: 1, errors: [] });
    expect((await storedRows()).map((r) => r.date)).not.toContain("2026-04-01");
  });

  it("does not find another agency's campaign, by name or by id", async () => {
    const other = await createAgency();
    const report = await ownerCaller(other).metrics.ingest({
      mode: "valid-only",
      rows: [row(), row({ campaign: campaignId })],
    });
    expect(report).toMatchObject({ valid: 0, applied: false });
    expect(report.errors.map((e) => e.field)).toEqual(["campaign", "campaign"]);
  });

  it("refuses more rows than one call takes", async () => {
    const tooMany = await trpcError(caller.metrics.ingest({ rows: Array.from({ length: 5001 }, () => row()) }));
    expect(tooMany.code).toBe("BAD_REQUEST");
  });
});
