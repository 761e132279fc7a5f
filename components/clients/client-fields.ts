import type { inferRouterOutputs } from "@trpc/server";
import { CLIENT_STATUSES, type CLIENT_SORTS, type ClientStatus, type TCreateClientInput } from "@/lib/schemas/clients";
import type { AppRouter } from "@/server/api/root";

export type ClientRecord = inferRouterOutputs<AppRouter>["clients"]["get"];
/** A row of the client list: the record without its brand rules. */
export type ClientListItem = inferRouterOutputs<AppRouter>["clients"]["list"]["items"][number];
export type ClientSort = (typeof CLIENT_SORTS)[number];
export type ArchivedFilter = "active" | "archived" | "all";
export type SortDirection = "asc" | "desc";

export const STATUS_LABELS: Record<ClientStatus, string> = {
  lead: "Lead",
  active: "Active",
  paused: "Paused",
  churned: "Churned",
};

export const SORT_LABELS: Record<ClientSort, string> = {
  name: "Name",
  createdAt: "Created",
  updatedAt: "Last updated",
};

/** What the client form edits: every field as the text the person typed. */
export type ClientFormValues = {
  name: string;
  website: string;
  industry: string;
  status: ClientStatus;
  tags: string;
  notes: string;
  /** Brand rules as typed: words and keywords separated by commas or lines, disclaimers one per line. */
  brandBannedWords: string;
  brandDisclaimers: string;
  brandToneKeywords: string;
};

export const EMPTY_CLIENT_FORM: ClientFormValues = {
  name: "",
  website: "",
  industry: "",
  status: "active",
  tags: "",
  notes: "",
  brandBannedWords: "",
  brandDisclaimers: "",
  brandToneKeywords: "",
};

/** Narrows a <select> value to one of `options`, or `fallback` when it is not one of them. */
export function pickOption<T extends string>(options: readonly T[], value: string, fallback: T): T {
  return options.find((option) => option === value) ?? fallback;
}

export const parseStatus = (value: string): ClientStatus => pickOption(CLIENT_STATUSES, value, "active");

export function clientToFormValues(client: ClientRecord): ClientFormValues {
  return {
    name: client.name,
    website: client.website ?? "",
    industry: client.industry ?? "",
    status: client.status,
    tags: client.tags.join(", "),
    notes: client.notes ?? "",
    brandBannedWords: client.brandBannedWords.join(", "),
    brandDisclaimers: client.brandDisclaimers.join("\n"),
    brandToneKeywords: client.brandToneKeywords.join(", "),
  };
}

/** Entries of a list typed in a textarea, split at `separator`; blanks are dropped. */
function entries(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/**
 * Tags are typed comma separated, banned words and tone keywords separated by commas or lines,
 * disclaimers (which have commas of their own) one per line; blank entries are dropped.
 */
export function formValuesToInput(values: ClientFormValues): TCreateClientInput {
  return {
    name: values.name,
    website: values.website.trim(),
    industry: values.industry.trim(),
    status: values.status,
    tags: entries(values.tags, /,/),
    notes: values.notes,
    brandBannedWords: entries(values.brandBannedWords, /[,\n]/),
    brandDisclaimers: entries(values.brandDisclaimers, /\n/),
    brandToneKeywords: entries(values.brandToneKeywords, /[,\n]/),
  };
}
