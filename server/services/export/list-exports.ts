import type { z } from "zod";
import type { Action } from "@/lib/permissions";
import { ZListAssetsInput } from "@/lib/schemas/assets";
import { ZListCampaignsInput } from "@/lib/schemas/campaigns";
import { ZListClientsInput } from "@/lib/schemas/clients";
import { ZListContactsInput } from "@/lib/schemas/contacts";
import { ZListTasksInput } from "@/lib/schemas/tasks";
import type { OrgContext } from "../../api/trpc";
import { listAssets } from "../assets/assets";
import { listCampaigns } from "../campaigns/campaigns";
import { listClients } from "../clients/clients";
import { listContacts } from "../contacts/contacts";
import { listTasks } from "../tasks/tasks";

type Page<Row> = { items: Row[]; nextCursor: string | null };

/** How one list exports: who may, which filters it takes, how it pages, and its columns. */
export type ListExport = {
  action: Action;
  /** The list's own input schema; cursor and limit are set by the exporter. */
  filters: z.ZodType<Record<string, unknown>>;
  page: (
    ctx: Pick<OrgContext, "db" | "organizationId" | "actor">,
    filters: Record<string, unknown>,
    cursor: string | undefined,
  ) => Promise<Page<Record<string, unknown>>>;
  columns: [header: string, value: (row: Record<string, unknown>) => unknown][];
};

const field = (name: string) => (row: Record<string, unknown>) => row[name];
const nested = (name: string, key: string) => (row: Record<string, unknown>) =>
  (row[name] as Record<string, unknown> | null | undefined)?.[key];
const list = (name: string) => (row: Record<string, unknown>) => (row[name] as unknown[] | undefined)?.join("; ");

/** Rows per query; each page runs in its own short transaction. */
export const EXPORT_PAGE = 100;

function define<I extends { cursor?: string; limit: number }>(
  action: Action,
  schema: z.ZodType<I>,
  run: (ctx: Pick<OrgContext, "db" | "organizationId" | "actor">, input: I) => Promise<Page<object>>,
  columns: ListExport["columns"],
): ListExport {
  return {
    action,
    filters: schema as unknown as z.ZodType<Record<string, unknown>>,
    page: async (ctx, filters, cursor) =>
      (await run(ctx, { ...filters, cursor, limit: EXPORT_PAGE } as I)) as Page<Record<string, unknown>>,
    columns,
  };
}

export const LIST_EXPORTS: Record<string, ListExport> = {
  clients: define("client.read", ZListClientsInput, listClients, [
    ["id", field("id")],
    ["name", field("name")],
    ["website", field("website")],
    ["industry", field("industry")],
    ["status", field("status")],
    ["tags", list("tags")],
    ["archived_at", field("archivedAt")],
    ["created_at", field("createdAt")],
  ]),
  campaigns: define("campaign.read", ZListCampaignsInput, listCampaigns, [
    ["id", field("id")],
    ["name", field("name")],
    ["client", nested("client", "name")],
    ["status", field("status")],
    ["channels", list("channels")],
    ["objective", field("objective")],
    ["budget", field("budget")],
    ["currency", field("currency")],
    ["start_date", field("startDate")],
    ["end_date", field("endDate")],
  ]),
  contacts: define("contact.read", ZListContactsInput, listContacts, [
    ["id", field("id")],
    ["name", field("name")],
    ["client", nested("client", "name")],
    ["email", field("email")],
    ["phone", field("phone")],
    ["title", field("title")],
    ["tags", list("tags")],
    ["email_consent", field("emailConsent")],
    ["sms_consent", field("smsConsent")],
    ["whatsapp_consent", field("whatsappConsent")],
  ]),
  tasks: define("task.read", ZListTasksInput, listTasks, [
    ["id", field("id")],
    ["title", field("title")],
    ["status", field("status")],
    ["priority", field("priority")],
    ["assignee", nested("assignee", "email")],
    ["due_date", field("dueDate")],
    ["client", nested("client", "name")],
    ["campaign", nested("campaign", "name")],
    ["created_at", field("createdAt")],
  ]),
  // File links are personal and short-lived, so the export names files instead of linking them.
  assets: define("asset.read", ZListAssetsInput, listAssets, [
    ["id", field("id")],
    ["name", field("name")],
    ["client", nested("client", "name")],
    ["campaign", nested("campaign", "name")],
    ["kind", field("kind")],
    ["status", field("status")],
    ["version", field("currentVersion")],
    ["mime_type", field("mimeType")],
    ["size_bytes", field("sizeBytes")],
    ["archived_at", field("archivedAt")],
    ["updated_at", field("updatedAt")],
  ]),
};
