import type { Channel, TCreateCampaignInput } from "@/lib/schemas/campaigns";
import type { OrgContext } from "../../api/trpc";
import { createCampaign, transitionCampaign } from "../campaigns/campaigns";
import { importMetrics } from "../metrics/import";
import type { RawMetricRecord } from "../metrics/validate";

type ServiceCtx = Pick<OrgContext, "db" | "organizationId" | "actor">;

type DemoCampaign = Omit<TCreateCampaignInput, "clientId" | "startDate" | "endDate"> & {
  client: string;
  /** Daily spend per channel, in currency units. */
  dailySpend: number;
  /** Revenue per unit of spend: above 1 pays for itself. */
  roas: number;
  status: "active" | "paused" | "completed";
};

const DEMO_CAMPAIGNS: DemoCampaign[] = [
  {
    client: "Bluebird Coffee",
    name: "Spring Blend Launch",
    channels: ["social", "search"],
    objective: "Drive first orders of the spring blend",
    budget: 18000,
    currency: "USD",
    dailySpend: 95,
    roas: 3.1,
    status: "active",
  },
  {
    client: "Bluebird Coffee",
    name: "Loyalty Email Series",
    channels: ["email"],
    objective: "Repeat purchases from lapsed subscribers",
    budget: 4000,
    currency: "USD",
    dailySpend: 20,
    roas: 5.4,
    status: "active",
  },
  {
    client: "Summit Outdoor Gear",
    name: "Winter Gear Search",
    channels: ["search", "display"],
    objective: "Sales of winter jackets",
    budget: 42000,
    currency: "USD",
    dailySpend: 210,
    roas: 2.4,
    status: "active",
  },
  {
    client: "Summit Outdoor Gear",
    name: "Trail Stories",
    channels: ["social"],
    objective: "Awareness among hikers",
    budget: 9000,
    currency: "USD",
    dailySpend: 60,
    roas: 0.8,
    status: "paused",
  },
  {
    client: "Harbor Health Clinics",
    name: "Flu Shot Reminders",
    channels: ["search", "whatsapp"],
    objective: "Appointments booked",
    budget: 7500,
    currency: "USD",
    dailySpend: 40,
    roas: 1.6,
    status: "completed",
  },
  {
    client: "Harbor Health Clinics",
    name: "New Clinic Opening",
    channels: ["display", "social"],
    objective: "Visits to the new harbor clinic",
    budget: 12000,
    currency: "USD",
    dailySpend: 70,
    roas: 1.2,
    status: "active",
  },
];

const DAYS = 90;
/** The day (counted from the start) on which Winter Gear Search's search spend spikes. */
const ANOMALY_DAY = 74;

/** A small deterministic generator, so every demo install shows the same believable numbers. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function dailyRecords(campaign: DemoCampaign, start: Date, seed: number): RawMetricRecord[] {
  const next = random(seed);
  const records: RawMetricRecord[] = [];
  for (let day = 0; day < DAYS; day += 1) {
    const date = new Date(start.getTime() + day * 86_400_000).toISOString().slice(0, 10);
    for (const channel of campaign.channels as Channel[]) {
      const anomaly = campaign.name === "Winter Gear Search" && channel === "search" && day === ANOMALY_DAY ? 4.5 : 1;
      const spend = Math.round(campaign.dailySpend * (0.9 + next() * 0.2) * anomaly * 100) / 100;
      const cpm = channel === "search" ? 28 : channel === "email" ? 4 : 9;
      const impressions = Math.round((spend / cpm) * 1000);
      const clicks = Math.round(impressions * (channel === "search" ? 0.045 : 0.012) * (0.8 + next() * 0.4));
      const conversions = Math.round(clicks * 0.035 * (0.7 + next() * 0.6));
      const revenue = Math.round(spend * campaign.roas * (0.75 + next() * 0.5) * (anomaly > 1 ? 0.3 : 1) * 100) / 100;
      records.push({
        line: records.length + 1,
        values: { date, campaign: campaign.name, channel, impressions, clicks, conversions, spend, revenue },
      });
    }
  }
  return records;
}

/**
 * Six campaigns for the demo agency's clients with 90 days of daily metrics ending yesterday,
 * through the same services (and validation) a person's import uses. One day is an anomaly.
 */
export async function seedDemoCampaigns(
  ctx: ServiceCtx,
  clientIds: Map<string, string>,
  today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`),
): Promise<number> {
  const start = new Date(today.getTime() - DAYS * 86_400_000);
  let rows = 0;
  for (const [index, demo] of DEMO_CAMPAIGNS.entries()) {
    const clientId = clientIds.get(demo.client);
    if (!clientId) continue;
    const { client: _client, dailySpend: _spend, roas: _roas, status, ...fields } = demo;
    const campaign = await createCampaign(ctx, { ...fields, clientId, startDate: start.toISOString().slice(0, 10) });
    for (const to of ["scheduled", "active", ...(status === "active" ? [] : [status])] as const) {
      await transitionCampaign(ctx, campaign.id, to);
    }
    const report = await importMetrics(ctx, dailyRecords(demo, start, index + 1), "all-or-nothing", "api");
    if (!report.applied) throw new Error(`demo metrics for ${demo.name} did not validate: ${report.errors[0]?.reason}`);
    rows += report.inserted;
  }
  return rows;
}
