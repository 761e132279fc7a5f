import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeKpis } from "@/lib/metrics";
import type { TMetricRowInput } from "@/lib/schemas/metrics";
import { closeConnections, createAgency, ownerCaller, trpcError, type Caller, type TestAgency } from "@/test/factories";

afterAll(closeConnections);

let agency: TestAgency;
let caller: Caller;
let searchCampaign: string;
let clientB: string;

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  agency = await createAgency();
  caller = ownerCaller(agency);
  const a = await caller.clients.create({ name: "Client A" });
  const b = await caller.clients.create({ name: "Client B" });
  clientB = b.id;
  const base = { objective: "o", budget: 1000, currency: "EUR", startDate: "2026-01-01" };
  searchCampaign = (await caller.campaigns.create({ ...base, clientId: a.id, name: "Search A", channels: ["search"] }))
    .id;
  await caller.campaigns.create({ ...base, clientId: b.id, name: "Social B", channels: ["social"] });
  const rows: TMetricRowInput[] = [];
  // 40 days: steady numbers, day 35 a spend spike on Search A; Social B spends nothing on day 0-9.
  for (let n = 0; n < 40; n += 1) {
    rows.push({
      date: day(n),
      campaign: "Search A",
      channel: "search",
      impressions: 1000,
      clicks: 50,
      conversions: 5,
      spend: n === 35 ? 500 : 100,
      revenue: 300,
    });
    if (n >= 10)
      rows.push({
        date: day(n),
        campaign: "Social B",
        channel: "social",
        impressions: 2000,
        clicks: 20,
        conversions: 0,
        spend: 50,
        revenue: 0,
      });
  }
  const report = await caller.metrics.ingest({ mode: "all-or-nothing", rows });
  expect(report.applied).toBe(true);
});

describe("analytics", () => {
  it("totals the range, compares with the period before, and zero-fills the trend", async () => {
    const result = await caller.metrics.analytics({ from: day(30), to: day(39) });
    expect(result.previousRange).toEqual({ from: day(20), to: day(29) });
    expect(result.totals).toEqual({ impressions: 30_000, clicks: 700, conversions: 50, spend: 1900, revenue: 3000 });
    expect(result.previousTotals).toEqual({
      impressions: 30_000,
      clicks: 700,
      conversions: 50,
      spend: 1500,
      revenue: 3000,
    });
    expect(result.trend).toHaveLength(10);
    expect(result.currency).toBe("EUR");
    const empty = await caller.metrics.analytics({ from: day(100), to: day(101) });
    expect(empty.trend).toEqual([
      { date: day(100), impressions: 0, clicks: 0, conversions: 0, spend: 0, revenue: 0 },
      { date: day(101), impressions: 0, clicks: 0, conversions: 0, spend: 0, revenue: 0 },
    ]);
    expect(computeKpis(empty.totals)).toEqual({ ctr: null, cpc: null, cpa: null, roas: null, roi: null });
  });

  it("splits by channel and campaign, and narrows to a client or a campaign", async () => {
    const all = await caller.metrics.analytics({ from: day(0), to: day(39) });
    expect(all.channels.find((c) => c.channel === "social")).toMatchObject({ spend: 1500, revenue: 0, conversions: 0 });
    expect(all.campaigns.map((c) => c.name)).toEqual(["Search A", "Social B"]);
    const onlyB = await caller.metrics.analytics({ from: day(0), to: day(39), clientId: clientB });
    expect(onlyB.campaigns.map((c) => c.name)).toEqual(["Social B"]);
    expect(computeKpis(onlyB.totals).cpa).toBeNull(); // spend but no conversions: "—", not Infinity
    const onlyA = await caller.metrics.analytics({ from: day(0), to: day(39), campaignId: searchCampaign });
    expect(onlyA.totals.spend).toBe(100 * 39 + 500);
  });

  it("flags the planted spike day and nothing else", async () => {
    const result = await caller.metrics.analytics({ from: day(20), to: day(39) });
    const spend = result.anomalies.filter((a) => a.metric === "spend");
    expect(spend).toEqual([expect.objectContaining({ date: day(35), direction: "spike", value: 550 })]);
    expect(result.anomalies.filter((a) => a.metric !== "spend")).toEqual([]);
  });

  it("does not read the first days of data as spikes against an empty history", async () => {
    const result = await caller.metrics.analytics({ from: day(0), to: day(20) });
    // Day 10 (a second campaign starting) is a real jump; the first week has no history to judge.
    expect(result.anomalies.filter((a) => a.date < day(10))).toEqual([]);
  });

  it("refuses a backwards or too-long range, and shows another agency nothing", async () => {
    expect((await trpcError(caller.metrics.analytics({ from: day(5), to: day(1) }))).code).toBe("BAD_REQUEST");
    expect((await trpcError(caller.metrics.analytics({ from: "2025-01-01", to: "2026-06-01" }))).code).toBe(
      "BAD_REQUEST",
    );
    const other = await createAgency();
    const theirs = await ownerCaller(other).metrics.analytics({
      from: day(0),
      to: day(39),
      campaignId: searchCampaign,
    });
    expect(theirs.totals.spend).toBe(0);
    expect(theirs.campaigns).toEqual([]);
  });
});
