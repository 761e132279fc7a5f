import type {
  TBulkDeleteContactsInput,
  TContact,
  TCreateContactInput,
  TListContactsInput,
  TSaveSegmentInput,
  TSegmentDefinition,
  TUpdateContactInput,
} from "@/lib/schemas/contacts";
import { ZSegmentDefinition } from "@/lib/schemas/contacts";
import type { OrgContext } from "../../api/trpc";
import { recordAudit } from "../../audit/record";
import type { Prisma } from "../../db/generated/client";
import { AppError, notFound } from "../../errors";
import { applyToEach } from "../bulk";
import { segmentWhere } from "./segment-where";

type ServiceCtx = Pick<OrgContext, "db" | "organizationId" | "actor">;

const CONTACT_SELECT = {
  id: true,
  clientId: true,
  client: { select: { name: true } },
  name: true,
  email: true,
  phone: true,
  title: true,
  tags: true,
  emailConsent: true,
  smsConsent: true,
  whatsappConsent: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ContactSelect;

/** Empty strings from forms are "not set"; tags are compared in lower case. */
function clean<T extends { email?: string | null; phone?: string | null; title?: string | null; tags?: string[] }>(
  fields: T,
) {
  return {
    ...fields,
    ...(fields.email !== undefined && { email: fields.email || null }),
    ...(fields.phone !== undefined && { phone: fields.phone || null }),
    ...(fields.title !== undefined && { title: fields.title || null }),
    ...(fields.tags !== undefined && { tags: [...new Set(fields.tags.map((tag) => tag.toLowerCase()))] }),
  };
}

export async function listContacts({ db }: ServiceCtx, input: TListContactsInput) {
  const rows = await db.contact.findMany({
    where: {
      ...(input.clientId && { clientId: input.clientId }),
      ...(input.search && {
        OR: [
          { name: { contains: input.search, mode: "insensitive" } },
          { email: { contains: input.search, mode: "insensitive" } },
          { tags: { has: input.search.toLowerCase() } },
        ],
      }),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: input.limit + 1,
    ...(input.cursor && { cursor: { id: input.cursor }, skip: 1 }),
    select: CONTACT_SELECT,
  });
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}

async function getContact({ db }: ServiceCtx, id: string): Promise<TContact> {
  const contact = await db.contact.findFirst({ where: { id }, select: CONTACT_SELECT });
  if (!contact) throw notFound("Contact");
  return contact;
}

export async function createContact(ctx: ServiceCtx, input: TCreateContactInput): Promise<TContact> {
  const client = await ctx.db.client.findFirst({ where: { id: input.clientId }, select: { id: true } });
  if (!client) throw new AppError("NOT_FOUND", "That client was not found in this agency.", { field: "clientId" });
  const contact = await ctx.db.contact.create({
    data: { ...clean(input), organizationId: ctx.organizationId },
    select: CONTACT_SELECT,
  });
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "contact.create",
    targetType: "contact",
    targetId: contact.id,
    after: contact,
  });
  return contact;
}

export async function updateContact(ctx: ServiceCtx, input: TUpdateContactInput): Promise<TContact> {
  const before = await getContact(ctx, input.id);
  const after = await ctx.db.contact.update({
    where: { id: input.id },
    data: clean(input.patch),
    select: CONTACT_SELECT,
  });
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "contact.update",
    targetType: "contact",
    targetId: after.id,
    before,
    after,
  });
  return after;
}

/** Deletes the selected contacts (each audited with what it held): all of them, or none. */
export async function bulkDeleteContacts(ctx: ServiceCtx, input: TBulkDeleteContactsInput) {
  return applyToEach(
    input.ids,
    (id) => deleteContact(ctx, id),
    async (id) => (await getContact(ctx, id)).name,
  );
}

export async function deleteContact(ctx: ServiceCtx, id: string) {
  const before = await getContact(ctx, id);
  await ctx.db.contact.delete({ where: { id } });
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "contact.delete",
    targetType: "contact",
    targetId: id,
    before,
  });
  return { id };
}

/** How many contacts match, and the first few, for the live preview while rules are edited. */
export async function previewSegment({ db }: ServiceCtx, definition: TSegmentDefinition) {
  const where = segmentWhere(definition);
  const count = await db.contact.count({ where });
  const sample = await db.contact.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 5,
    select: { id: true, name: true, email: true, client: { select: { name: true } } },
  });
  return { count, sample: sample.map((c) => ({ id: c.id, name: c.name, email: c.email, client: c.client.name })) };
}

export async function listSegments(ctx: ServiceCtx) {
  const segments = await ctx.db.segment.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, match: true, rules: true, updatedAt: true },
  });
  // One count per segment, one after another: a transaction is one connection.
  const result = [];
  for (const segment of segments) {
    // Stored definitions were validated on save; parsing again keeps old rows honest.
    const definition = ZSegmentDefinition.parse({ match: segment.match, rules: segment.rules });
    const count = await ctx.db.contact.count({ where: segmentWhere(definition) });
    result.push({ id: segment.id, name: segment.name, definition, count, updatedAt: segment.updatedAt });
  }
  return result;
}

export async function saveSegment(ctx: ServiceCtx, input: TSaveSegmentInput) {
  const data = { name: input.name, match: input.definition.match, rules: input.definition.rules };
  const before = input.id
    ? await ctx.db.segment.findFirst({ where: { id: input.id }, select: { name: true, match: true, rules: true } })
    : null;
  if (input.id && !before) throw notFound("Segment");
  const saved = input.id
    ? await ctx.db.segment.update({ where: { id: input.id }, data, select: { id: true } })
    : await ctx.db.segment.create({ data: { ...data, organizationId: ctx.organizationId }, select: { id: true } });
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: input.id ? "segment.update" : "segment.create",
    targetType: "segment",
    targetId: saved.id,
    before: before as Record<string, unknown> | null,
    after: data,
  });
  return saved;
}
