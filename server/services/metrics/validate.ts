import { ZDay, CHANNELS, type Channel } from "@/lib/schemas/campaigns";
import type { MetricField, TRowError } from "@/lib/schemas/metrics";
import type { Db } from "../../db/client";

/** One incoming record, before validation: raw cell text (CSV) or JSON values (API). */
export type RawMetricRecord = { line: number; values: Partial<Record<MetricField, string | number>> };

export type ValidMetricRow = {
  line: number;
  campaignId: string;
  date: string;
  channel: Channel;
  impressions: number;
  clicks: number;
  conversions: number;
  spend: number;
  revenue: number;
};

type CampaignRef = { id: string; name: string; channels: Channel[] };

const COUNT_FIELDS = ["impressions", "clicks", "conversions"] as const;
const MONEY_FIELDS = ["spend", "revenue"] as const;
const MAX_COUNT = 2_000_000_000;

const text = (value: string | number | undefined) => (value === undefined ? "" : String(value).trim());

function parseCount(raw: string): number | string {
  if (!/^\d+$/.test(raw.replace(/[,_ ]/g, ""))) return "must be a whole number of 0 or more";
  const value = Number(raw.replace(/[,_ ]/g, ""));
  return value > MAX_COUNT ? "is too large" : value;
}

function parseMoney(raw: string): number | string {
  const cleaned = raw.replace(/[,_ ]/g, "");
  if (/^-/.test(cleaned)) return "must not be negative";
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return "must be an amount like 1234.56 (at most two decimals)";
  return Number(cleaned);
}

/** Looks up every campaign the records name, by id or by exact (case-insensitive) name, in one query. */
async function resolveCampaigns(db: Db, records: RawMetricRecord[]) {
  const keys = [...new Set(records.map((r) => text(r.values.campaign)).filter(Boolean))];
  const found: CampaignRef[] = keys.length
    ? await db.campaign.findMany({
        where: {
          OR: [{ id: { in: keys } }, ...keys.map((key) => ({ name: { equals: key, mode: "insensitive" as const } }))],
        },
        select: { id: true, name: true, channels: true },
      })
    : [];
  const byId = new Map(found.map((c) => [c.id, c]));
  const byName = new Map<string, CampaignRef[]>();
  for (const campaign of found) {
    const key = campaign.name.toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), campaign]);
  }
  return (key: string): CampaignRef | string => {
    const exact = byId.get(key);
    if (exact) return exact;
    const named = byName.get(key.toLowerCase()) ?? [];
    if (named.length === 1 && named[0]) return named[0];
    if (named.length > 1) return `"${key}" names ${named.length} campaigns; use the campaign id instead`;
    return `no campaign "${key}" in this agency`;
  };
}

/**
 * Checks every record and reports every problem by line and field, so a person can fix the
 * whole file at once. A day and channel may appear once per campaign per file.
 */
export async function validateMetricRecords(
  db: Db,
  records: RawMetricRecord[],
): Promise<{ valid: ValidMetricRow[]; errors: TRowError[] }> {
  const findCampaign = await resolveCampaigns(db, records);
  const valid: ValidMetricRow[] = [];
  const errors: TRowError[] = [];
  const seen = new Map<string, number>();
  for (const record of records) {
    const rowErrors: TRowError[] = [];
    const fail = (field: MetricField | null, reason: string) => rowErrors.push({ line: record.line, field, reason });

    const day = text(record.values.date);
    const parsedDay = ZDay.safeParse(day);
    if (!day) fail("date", "date is missing");
    else if (!parsedDay.success)
      fail(
        "date",
        `date "${day}" ${parsedDay.error.issues[0]?.message === "That date does not exist." ? "does not exist" : "must look like 2026-03-31"}`,
      );

    const campaignKey = text(record.values.campaign);
    const campaign = campaignKey ? findCampaign(campaignKey) : "campaign is missing";
    if (typeof campaign === "string") fail("campaign", campaign);

    const channel = text(record.values.channel).toLowerCase();
    if (!(CHANNELS as readonly string[]).includes(channel)) {
      fail("channel", `channel "${channel}" is not one of ${CHANNELS.join(", ")}`);
    } else if (typeof campaign !== "string" && !campaign.channels.includes(channel as Channel)) {
      fail("channel", `campaign "${campaign.name}" does not run on ${channel}`);
    }

    const numbers: Record<string, number> = {};
    for (const field of COUNT_FIELDS) {
      const parsed = parseCount(text(record.values[field]));
      if (typeof parsed === "string") fail(field, `${field} ${parsed}`);
      else numbers[field] = parsed;
    }
    for (const field of MONEY_FIELDS) {
      const parsed = parseMoney(text(record.values[field]));
      if (typeof parsed === "string") fail(field, `${field} ${parsed}`);
      else numbers[field] = parsed;
    }
    if (numbers.clicks !== undefined && numbers.impressions !== undefined && numbers.clicks > numbers.impressions) {
      fail("clicks", "clicks cannot exceed impressions");
    }

    if (rowErrors.length === 0 && typeof campaign !== "string") {
      const key = `${campaign.id}|${day}|${channel}`;
      const first = seen.get(key);
      if (first !== undefined) {
        fail(null, `duplicates line ${first} (same campaign, date and channel)`);
      } else {
        seen.set(key, record.line);
        valid.push({
          line: record.line,
          campaignId: campaign.id,
          date: day,
          channel: channel as Channel,
          impressions: numbers.impressions ?? 0,
          clicks: numbers.clicks ?? 0,
          conversions: numbers.conversions ?? 0,
          spend: numbers.spend ?? 0,
          revenue: numbers.revenue ?? 0,
        });
      }
    }
    errors.push(...rowErrors);
  }
  return { valid, errors };
}
