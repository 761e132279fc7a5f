import type { inferRouterOutputs } from "@trpc/server";
import { CLIENT_STATUSES, type CLIENT_SORTS, type ClientStatus, type TCreateClientInput } from "@/lib/schemas/clients";
import type { AppRouter } from "@/server/api/root";

export type ClientRecord = inferRouterOutputs<AppRouter>["clients"]["get"];
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
};

export const EMPTY_CLIENT_FORM: ClientFormValues = {
  name: "",
  website: "",
  industry: "",
  status: "active",
  tags: "",
  notes: "",
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
  };
}

/** Tags are typed comma separated; blanks between commas are dropped. */
export function formValuesToInput(values: ClientFormValues): TCreateClientInput {
  return {
    name: values.name,
    website: values.website.trim(),
    industry: values.industry.trim(),
    status: values.status,
    tags: values.tags
      .split(",")
      .map((tag) => tag.trim())
      .filter(Boolean),
    notes: values.notes,
  };
}
