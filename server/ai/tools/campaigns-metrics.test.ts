import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TMetricRowInput } from "@/lib/schemas/metrics";
import {
  appError,
  closeConnections,
  createAgency,
  ownerAccess,
  ownerCaller,
  type Caller,
  type TestAgency,
} from "@/test/factories";
import { campaignsMetrics, trendDirection } from "./campaigns-metrics";
import type { ToolContext } from "./types";

afterAll(closeConnections);

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const today = (offset = 0) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

let agency: TestAgency;
let caller: Caller;
let ctx: ToolContext;
let dormantId: string;
let searchClientId: string;

type Input = { from?: string; to?: string; days?: number; clientId?: string; campaignId?: string };
type Report = {
  range: { from: string; to: string };
  previousRange: { from: string; to: string };
  current: Record<string, number | null>;
  previous: Record<string, number | null>;
  change: Record<string, number | null>;
  trend: Record<string, string | null>;
  topCampaigns: { name: string; roas: number | null }[];
  scope: { client: { name: string } | null; campaign: { name: string } | null };
  currency: string | null;
};
const metrics = async (input: Input, context = ctx) =>
  (await campaignsMetrics.execute(context, campaignsMetrics.inputSchema.parse(input))) as Report;

/** Every number anywhere in `value`, to prove none is NaN or ±Infinity. */
const numbersIn = (value: unknown): number[] =>
  typeof value === "number"
    ? [value]
    : value && typeof value === "object"
      ? Object.values(value).flatMap(numbersIn)
      : [];

beforeAll(async () => {
  agency = await createAgency();
  caller = ownerCaller(agency);
  ctx = { organizationId: agency.organizationId, actor: ownerAccess(agency).actor, agentId: null };
  const searchClient = await caller.clients.create({ name: "Search client" });
  searchClientId = searchClient.id;
  const dormantClient = await caller.clients.create({ name: "Dormant client" });
  const base = { objective: "o", budget: 1000, currency: "EUR", startDate: "2026-01-01" };
  await caller.campaigns.create({ ...base, clientId: searchClient.id, name: "Search A", channels: ["search"] });
  dormantId = (
    await caller.campaigns.create({ ...base, clientId: dormantClient.id, name: "Dormant Z", channels: ["display"] })
  ).id;
  const rows: TMetricRowInput[] = [];
  for (let n = 0; n < 20; n += 1) {
    const late = n >= 10;
    rows.push({
      date: day(n),
      campaign: "Search A",
      channel: "search",
      impressions: 1000,
      clicks: late ? 50 : 25,
      conversions: late ? 5 : 2,
      spend: late ? 100 : 50,
      revenue: late ? 300 : 200,
    });
    // Seen but never clicked, and free: every ratio but CTR has nothing to divide by.
    if (late)
      rows.push({
        date: day(n),
        campaign: "Dormant Z",
        channel: "display",
        impressions: 500,
        clicks: 0,
        conversions: 0,
        spend: 0,
        revenue: 0,
      });
  }
  rows.push({
    date: today(),
    campaign: "Search A",
    channel: "search",
    impressions: 10,
    clicks: 1,
    conversions: 1,
    spend: 2,
    revenue: 9,
  });
  expect((await caller.metrics.ingest({ mode: "all-or-nothing", rows })).applied).toBe(true);
});

describe("campaigns.metrics", () => {
  it("reports agency-wide totals, KPIs, the change on the period before and the top campaigns", async () => {
    const report = await metrics({ from: day(10), to: day(19) });
    expect(report.range).toEqual({ from: day(10), to: day(19) });
    expect(report.previousRange).toEqual({ from: day(0), to: day(9) });
    expect(report.currency).toBe("EUR");
    expect(report.current).toEqual({
      impressions: 15_000,
      clicks: 500,
      conversions: 50,
      spend: 1000,
      revenue: 3000,
      ctr: 0.0333,
      cpc: 2,
      cpa: 20,
      roas: 3,
      roi: 2,
    });
    expect(report.previous).toMatchObject({ spend: 500, revenue: 2000, ctr: 0.025, cpa: 25, roas: 4, roi: 3 });
    expect(report.change).toEqual({
      impressions: 0.5,
      clicks: 1,
      conversions: 1.5,
      spend: 1,
      revenue: 0.5,
      ctr: 0.3333,
      cpc: 0,
      cpa: -0.2,
      roas: -0.25,
      roi: -0.3333,
    });
    expect(report.trend).toEqual({ spend: "flat", revenue: "flat", conversions: "flat" });
    expect(report.topCampaigns.map((c) => [c.name, c.roas])).toEqual([
      ["Search A", 3],
      ["Dormant Z", null],
    ]);
  });

  it("gives null, never NaN or Infinity, for a campaign with no clicks and no spend", async () => {
    const report = await metrics({ from: day(10), to: day(19), campaignId: dormantId });
    expect(report.scope.campaign).toEqual({ id: dormantId, name: "Dormant Z", client: "Dormant client" });
    expect(report.current).toEqual({
      impressions: 5000,
      clicks: 0,
      conversions: 0,
      spend: 0,
      revenue: 0,
      ctr: 0,
      cpc: null,
      cpa: null,
      roas: null,
      roi: null,
    });
    // Nothing before: no ratios, and no change from nothing.
    expect(Object.values(report.change).every((value) => value === null)).toBe(true);
    expect(report.trend).toEqual({ spend: null, revenue: null, conversions: null });
    expect(numbersIn(report).every(Number.isFinite)).toBe(true);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("narrows to a client and sees the trend rise across the step up", async () => {
    const report = await metrics({ from: day(0), to: day(19), clientId: searchClientId });
    expect(report.scope.client).toEqual({ id: searchClientId, name: "Search client" });
    expect(report.current).toMatchObject({ spend: 1500, revenue: 5000, conversions: 70 });
    expect(report.trend).toEqual({ spend: "up", revenue: "up", conversions: "up" });
  });

  it("defaults to the last 30 days up to today, or `days` of them", async () => {
    const report = await metrics({});
    expect(report.range).toEqual({ from: today(-29), to: today() });
    expect(report.current).toMatchObject({ spend: 2, revenue: 9, conversions: 1 });
    expect((await metrics({ days: 7 })).range).toEqual({ from: today(-6), to: today() });
  });

  it("says which id or range is wrong", async () => {
    const other = await createAgency();
    const theirs = await ownerCaller(other).clients.create({ name: "Theirs" });
    expect((await appError(metrics({ clientId: theirs.id }))).message).toBe("Client was not found in this agency.");
    expect((await appError(metrics({ campaignId: "nope" }))).message).toBe("Campaign was not found in this agency.");
    expect((await appError(metrics({ from: day(5), to: day(1) }))).message).toBe(
      "The start must be on or before the end.",
    );
  });
});

describe("trendDirection", () => {
  it("fits a line and calls small moves flat", () => {
    expect(trendDirection([])).toBeNull();
    expect(trendDirection([5])).toBeNull();
    expect(trendDirection([0, 0, 0])).toBeNull();
    expect(trendDirection([1, 2, 3])).toBe("up");
    expect(trendDirection([3, 2, 1])).toBe("down");
    expect(trendDirection([100, 101, 100, 101])).toBe("flat");
  });
});
