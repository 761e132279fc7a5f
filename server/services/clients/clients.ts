import type {
  TBulkArchiveClientsInput,
  TCreateClientInput,
  TListClientsInput,
  TUpdateClientInput,
} from "@/lib/schemas/clients";
import type { OrgContext } from "../../api/trpc";
import { recordAudit } from "../../audit/record";
import type { Prisma } from "../../db/generated/client";
import { notFound } from "../../errors";
import { applyToEach } from "../bulk";

/** What lists show: no brand rules, which can run to pages of disclaimers per client. */
const CLIENT_LIST_SELECT = {
  id: true,
  name: true,
  website: true,
  industry: true,
  status: true,
  tags: true,
  notes: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ClientSelect;

const CLIENT_SELECT = {
  ...CLIENT_LIST_SELECT,
  brandBannedWords: true,
  brandDisclaimers: true,
  brandToneKeywords: true,
} satisfies Prisma.ClientSelect;

type ServiceCtx = Pick<OrgContext, "db" | "organizationId" | "actor">;

function normalise<T extends { website?: string; industry?: string; notes?: string; tags?: string[] }>(fields: T) {
  return {
    ...fields,
    ...(fields.website !== undefined && { website: fields.website || null }),
    ...(fields.industry !== undefined && { industry: fields.industry || null }),
    ...(fields.notes !== undefined && { notes: fields.notes || null }),
    ...(fields.tags !== undefined && { tags: [...new Set(fields.tags.map((tag) => tag.toLowerCase()))] }),
  };
}

/** One page of clients, by cursor; `nextCursor` is null on the last page. */
export async function listClients({ db }: ServiceCtx, input: TListClientsInput) {
  const where: Prisma.ClientWhereInput = {
    ...(input.status && { status: input.status }),
    ...(input.archived === "active" && { archivedAt: null }),
    ...(input.archived === "archived" && { archivedAt: { not: null } }),
    ...(input.search && {
      OR: [
        { name: { contains: input.search, mode: "insensitive" } },
        { website: { contains: input.search, mode: "insensitive" } },
        { industry: { contains: input.search, mode: "insensitive" } },
        { tags: { has: input.search.toLowerCase() } },
      ],
    }),
  };
  const rows = await db.client.findMany({
    where,
    orderBy: [{ [input.sort]: input.order }, { id: input.order }],
    take: input.limit + 1,
    ...(input.cursor && { cursor: { id: input.cursor }, skip: 1 }),
    select: CLIENT_LIST_SELECT,
  });
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}

/** Active (not archived) clients, for the overview. */
export async function countActiveClients({ db }: ServiceCtx): Promise<number> {
  return db.client.count({ where: { archivedAt: null } });
}

export async function getClient({ db }: ServiceCtx, id: string) {
  const client = await db.client.findFirst({ where: { id }, select: CLIENT_SELECT });
  if (!client) throw notFound("Client");
  return client;
}

/** Most clients {@link findClientsByName} returns. */
const NAME_MATCHES = 6;

/**
 * Clients a person or agent means by `name`: those named exactly that (ignoring case), or when
 * there are none, those whose name contains it. Archived clients are included, active ones
 * first, so the caller can say why an archived one will not do.
 */
export async function findClientsByName({ db }: ServiceCtx, name: string) {
  const byName = (where: Prisma.ClientWhereInput) =>
    db.client.findMany({
      where,
      orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { name: "asc" }, { id: "asc" }],
      take: NAME_MATCHES,
      select: CLIENT_SELECT,
    });
  const exact = await byName({ name: { equals: name, mode: "insensitive" } });
  return exact.length > 0 ? exact : byName({ name: { contains: name, mode: "insensitive" } });
}

export async function createClient(ctx: ServiceCtx, input: TCreateClientInput) {
  const client = await ctx.db.client.create({
    data: { ...normalise(input), organizationId: ctx.organizationId },
    select: CLIENT_SELECT,
  });
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "client.create",
    targetType: "client",
    targetId: client.id,
    after: client,
  });
  return client;
}

export async function updateClient(ctx: ServiceCtx, input: TUpdateClientInput) {
  const before = await getClient(ctx, input.id);
  const after = await ctx.db.client.update({
    where: { id: input.id },
    data: normalise(input.patch),
    select: CLIENT_SELECT,
  });
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "client.update",
    targetType: "client",
    targetId: after.id,
    before,
    after,
  });
  return after;
}

/** Archives or restores the selected clients: all of them, or none. */
export async function bulkArchiveClients(ctx: ServiceCtx, input: TBulkArchiveClientsInput) {
  return applyToEach(
    input.ids,
    (id) => setClientArchived(ctx, id, input.archived),
    async (id) => (await getClient(ctx, id)).name,
  );
}

export async function setClientArchived(ctx: ServiceCtx, id: string, archived: boolean) {
  const before = await getClient(ctx, id);
  if (Boolean(before.archivedAt) === archived) return before;
  const after = await ctx.db.client.update({
    where: { id },
    data: { archivedAt: archived ? new Date() : null },
    select: CLIENT_SELECT,
  });
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: archived ? "client.archive" : "client.restore",
    targetType: "client",
    targetId: id,
    before,
    after,
  });
  return after;
}
