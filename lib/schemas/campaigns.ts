import { z } from "zod";
import { bulkIds, ZId, ZInfiniteDirection } from "./clients";

export const CAMPAIGN_STATUSES = ["draft", "scheduled", "active", "paused", "completed", "archived"] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const CHANNELS = ["search", "social", "email", "display", "whatsapp"] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Where a campaign may go from each status: draft → scheduled → active ⇄ paused → completed,
 * and any status → archived. The server refuses every other move.
 */
export const CAMPAIGN_TRANSITIONS: Record<CampaignStatus, readonly CampaignStatus[]> = {
  draft: ["scheduled", "archived"],
  scheduled: ["active", "archived"],
  active: ["paused", "completed", "archived"],
  paused: ["active", "completed", "archived"],
  completed: ["archived"],
  archived: [],
};

export function canTransition(from: CampaignStatus, to: CampaignStatus): boolean {
  return CAMPAIGN_TRANSITIONS[from].includes(to);
}

/** A calendar day as YYYY-MM-DD (campaign dates and metric days carry no time or zone). */
export const ZDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-03-31.")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, "That date does not exist.");

export const ZCurrency = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "Use a three-letter currency code such as USD or EUR.");

export const ZMoney = z
  .number()
  .finite()
  .min(0, "Must not be negative.")
  .max(1_000_000_000_000, "That amount is too large.")
  .multipleOf(0.01, "Use at most two decimals.");

const ZCampaignFields = z.object({
  clientId: ZId,
  name: z.string().trim().min(1, "Name is required.").max(160, "Name must be at most 160 characters."),
  channels: z.array(z.enum(CHANNELS)).min(1, "Choose at least one channel.").max(CHANNELS.length),
  objective: z.string().trim().min(1, "Objective is required.").max(500, "Objective must be at most 500 characters."),
  budget: ZMoney,
  currency: ZCurrency,
  startDate: ZDay,
  endDate: ZDay.nullish(),
  ownerId: ZId.nullish(),
});

const endAfterStart = (value: { startDate?: string; endDate?: string | null }) =>
  !value.startDate || !value.endDate || value.endDate >= value.startDate;
const END_MESSAGE = { message: "The end date must be on or after the start date.", path: ["endDate"] };

export const ZCreateCampaignInput = ZCampaignFields.strict().refine(endAfterStart, END_MESSAGE);
export type TCreateCampaignInput = z.infer<typeof ZCreateCampaignInput>;

export const ZUpdateCampaignInput = z
  .object({
    id: ZId,
    patch: ZCampaignFields.omit({ clientId: true }).partial().strict().refine(endAfterStart, END_MESSAGE),
  })
  .strict();
export type TUpdateCampaignInput = z.infer<typeof ZUpdateCampaignInput>;

export const ZTransitionCampaignInput = z.object({ id: ZId, to: z.enum(CAMPAIGN_STATUSES) }).strict();

export const ZListCampaignsInput = z
  .object({
    search: z.string().trim().max(100).optional(),
    clientId: ZId.optional(),
    status: z.enum(CAMPAIGN_STATUSES).optional(),
    sort: z.enum(["name", "startDate", "updatedAt"]).default("startDate"),
    order: z.enum(["asc", "desc"]).default("desc"),
    cursor: ZId.optional(),
    limit: z.number().int().min(1).max(100).default(25),
    direction: ZInfiniteDirection,
  })
  .strict();
export type TListCampaignsInput = z.infer<typeof ZListCampaignsInput>;

export const ZCampaign = z.object({
  id: z.string(),
  clientId: z.string(),
  client: z.object({ name: z.string() }),
  name: z.string(),
  channels: z.array(z.enum(CHANNELS)),
  objective: z.string(),
  budget: z.number(),
  currency: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  ownerId: z.string().nullable(),
  status: z.enum(CAMPAIGN_STATUSES),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TCampaign = z.infer<typeof ZCampaign>;

export const ZCampaignPage = z.object({ items: z.array(ZCampaign), nextCursor: z.string().nullable() });

export const ZBulkTransitionCampaignsInput = z
  .object({ ids: bulkIds("campaigns"), to: z.enum(CAMPAIGN_STATUSES) })
  .strict();
export type TBulkTransitionCampaignsInput = z.infer<typeof ZBulkTransitionCampaignsInput>;
