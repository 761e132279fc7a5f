import type { inferRouterOutputs } from "@trpc/server";
import type { CampaignStatus, Channel, TCreateCampaignInput, TListCampaignsInput } from "@/lib/schemas/campaigns";
import type { AppRouter } from "@/server/api/root";

export type CampaignRecord = inferRouterOutputs<AppRouter>["campaigns"]["get"];
export type CampaignSort = NonNullable<TListCampaignsInput["sort"]>;
export type SortDirection = "asc" | "desc";

export const CAMPAIGN_SORTS = ["name", "startDate", "updatedAt"] as const satisfies readonly CampaignSort[];

export const STATUS_LABELS: Record<CampaignStatus, string> = {
  draft: "Draft",
  scheduled: "Scheduled",
  active: "Active",
  paused: "Paused",
  completed: "Completed",
  archived: "Archived",
};

/** The button that moves a campaign into each status. */
export const TRANSITION_LABELS: Record<CampaignStatus, string> = {
  draft: "Move to draft",
  scheduled: "Move to scheduled",
  active: "Activate",
  paused: "Pause",
  completed: "Complete",
  archived: "Archive",
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  search: "Search",
  social: "Social",
  email: "Email",
  display: "Display",
  whatsapp: "WhatsApp",
};

export const SORT_LABELS: Record<CampaignSort, string> = {
  name: "Name",
  startDate: "Start date",
  updatedAt: "Last updated",
};

/** What the campaign form edits: every field as the person typed it. */
export type CampaignFormValues = {
  clientId: string;
  name: string;
  channels: Channel[];
  objective: string;
  budget: string;
  currency: string;
  startDate: string;
  endDate: string;
  /** The owner's user id, or "" for no owner. */
  ownerId: string;
};

export const EMPTY_CAMPAIGN_FORM: CampaignFormValues = {
  clientId: "",
  name: "",
  channels: [],
  objective: "",
  budget: "",
  currency: "USD",
  startDate: "",
  endDate: "",
  ownerId: "",
};

export function campaignToFormValues(campaign: CampaignRecord): CampaignFormValues {
  return {
    clientId: campaign.clientId,
    name: campaign.name,
    channels: campaign.channels,
    objective: campaign.objective,
    budget: String(campaign.budget),
    currency: campaign.currency,
    startDate: campaign.startDate,
    endDate: campaign.endDate ?? "",
    ownerId: campaign.ownerId ?? "",
  };
}

/** An empty budget becomes NaN so the schema refuses it; an empty end date means "no end date". */
export function formValuesToInput(values: CampaignFormValues): TCreateCampaignInput {
  return {
    clientId: values.clientId,
    name: values.name,
    channels: values.channels,
    objective: values.objective,
    budget: values.budget.trim() === "" ? Number.NaN : Number(values.budget),
    currency: values.currency,
    startDate: values.startDate,
    endDate: values.endDate || null,
    ownerId: values.ownerId || null,
  };
}
