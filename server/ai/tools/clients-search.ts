import { z } from "zod";
import { CLIENT_STATUSES } from "@/lib/schemas/clients";
import { listClients } from "../../services/clients/clients";
import { withTenant } from "./tenant";
import type { AgentTool } from "./types";

/** Most clients one search returns: enough to choose from, few enough to keep the model's context small. */
export const MAX_CLIENT_RESULTS = 20;

const ZClientsSearchInput = z
  .object({
    query: z
      .string()
      .trim()
      .max(100)
      .optional()
      .describe("Words to find in a client's name, website or industry, or an exact tag; empty lists all."),
    status: z.enum(CLIENT_STATUSES).optional().describe("Only clients with this status."),
    limit: z.number().int().min(1).max(MAX_CLIENT_RESULTS).default(10).describe("How many clients to return."),
  })
  .strict();

export const clientsSearch = {
  name: "clients.search",
  description:
    "Search the agency's active clients by name, website, industry or tag. Returns each client's id (for the campaign " +
    "metrics and task tools), name, status, industry and tags, sorted by name.",
  inputSchema: ZClientsSearchInput,
  async execute(ctx, input) {
    const page = await withTenant(ctx, (service) =>
      listClients(service, {
        search: input.query || undefined,
        status: input.status,
        archived: "active",
        sort: "name",
        order: "asc",
        limit: input.limit,
      }),
    );
    return {
      clients: page.items.map(({ id, name, status, industry, tags }) => ({ id, name, status, industry, tags })),
      more: page.nextCursor !== null,
    };
  },
} satisfies AgentTool<z.infer<typeof ZClientsSearchInput>>;
