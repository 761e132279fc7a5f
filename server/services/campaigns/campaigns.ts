import {
  type TBulkTransitionCampaignsInput,
  canTransition,
  CAMPAIGN_TRANSITIONS,
  type CampaignStatus,
  type TCampaign,
  type TCreateCampaignInput,
  type TListCampaignsInput,
  type TUpdateCampaignInput,
} from "@/lib/schemas/campaigns";
import type { OrgContext } from "../../api/trpc";
import { recordAudit } from "../../audit/record";
import type { Prisma } from "../../db/generated/client";
import { AppError, notFound } from "../../errors";
import { applyToEach } from "../bulk";

type ServiceCtx = Pick<OrgContext, "db" | "organizationId" | "actor">;

const CAMPAIGN_SELECT = {
  id: true,
  clientId: true,
  client: { select: { name: true } },
  name: true,
  channels: true,
  objective: true,
  budget: true,
  currency: true,
  startDate: true,
  endDate: true,
  ownerId: true,
  status: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.CampaignSelect;

type CampaignRow = Prisma.CampaignGetPayload<{ select: typeof CAMPAIGN_SELECT }>;

export const toDay = (date: Date) => date.toISOString().slice(0, 10);
export const fromDay = (day: string) => new Date(`${day}T00:00:00.000Z`);

/** Decimal and date columns as the plain numbers and YYYY-MM-DD strings the API speaks. */
function present(row: CampaignRow): TCampaign {
  return {
    ...row,
    budget: row.budget.toNumber(),
    startDate: toDay(row.startDate),
    endDate: row.endDate ? toDay(row.endDate) : null,
  };
}

async function assertClientInAgency({ db }: ServiceCtx, clientId: string) {
  const client = await db.client.findFirst({ where: { id: clientId, archivedAt: null }, select: { id: true } });
  if (!client) throw new AppError("NOT_FOUND", "That client was not found in this agency (or it is archived).");
}

async function assertOwnerInAgency({ db }: ServiceCtx, ownerId: string | null | undefined) {
  if (!ownerId) return;
  const member = await db.membership.findFirst({ where: { userId: ownerId }, select: { id: true } });
  if (!member) throw new AppError("BAD_REQUEST", "The owner must be a member of this agency.", { field: "ownerId" });
}

export async function listCampaigns({ db }: ServiceCtx, input: TListCampaignsInput) {
  const where: Prisma.CampaignWhereInput = {
    ...(input.clientId && { clientId: input.clientId }),
    ...(input.status ? { status: input.status } : { status: { not: "archived" } }),
    ...(input.search && {
      OR: [
        { name: { contains: input.search, mode: "insensitive" } },
        { client: { name: { contains: input.search, mode: "insensitive" } } },
      ],
    }),
  };
  const rows = await db.campaign.findMany({
    where,
    orderBy: [{ [input.sort]: input.order }, { id: input.order }],
    take: input.limit + 1,
    ...(input.cursor && { cursor: { id: input.cursor }, skip: 1 }),
    select: CAMPAIGN_SELECT,
  });
  const items = rows.slice(0, input.limit).map(present);
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}

export async function getCampaign({ db }: ServiceCtx, id: string): Promise<TCampaign> {
  const row = await db.campaign.findFirst({ where: { id }, select: CAMPAIGN_SELECT });
  if (!row) throw notFound("Campaign");
  return present(row);
}

export async function createCampaign(ctx: ServiceCtx, input: TCreateCampaignInput): Promise<TCampaign> {
  await assertClientInAgency(ctx, input.clientId);
  await assertOwnerInAgency(ctx, input.ownerId);
  const row = await ctx.db.campaign.create({
    data: {
      organizationId: ctx.organizationId,
      clientId: input.clientId,
      name: input.name,
      channels: input.channels,
      objective: input.objective,
      budget: input.budget,
      currency: input.currency,
      startDate: fromDay(input.startDate),
      endDate: input.endDate ? fromDay(input.endDate) : null,
      ownerId: input.ownerId ?? null,
    },
    select: CAMPAIGN_SELECT,
  });
  const campaign = present(row);
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "campaign.create",
    targetType: "campaign",
    targetId: campaign.id,
    after: campaign,
  });
  return campaign;
}

export async function updateCampaign(ctx: ServiceCtx, input: TUpdateCampaignInput): Promise<TCampaign> {
  const before = await getCampaign(ctx, input.id);
  const { patch } = input;
  const startDate = patch.startDate ?? before.startDate;
  const endDate = patch.endDate === undefined ? before.endDate : patch.endDate;
  if (endDate && endDate < startDate) {
    throw new AppError("BAD_REQUEST", "The end date must be on or after the start date.", { field: "endDate" });
  }
  await assertOwnerInAgency(ctx, patch.ownerId);
  const row = await ctx.db.campaign.update({
    where: { id: input.id },
    data: {
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.channels !== undefined && { channels: patch.channels }),
      ...(patch.objective !== undefined && { objective: patch.objective }),
      ...(patch.budget !== undefined && { budget: patch.budget }),
      ...(patch.currency !== undefined && { currency: patch.currency }),
      ...(patch.startDate !== undefined && { startDate: fromDay(patch.startDate) }),
      ...(patch.endDate !== undefined && { endDate: patch.endDate ? fromDay(patch.endDate) : null }),
      ...(patch.ownerId !== undefined && { ownerId: patch.ownerId }),
    },
    select: CAMPAIGN_SELECT,
  });
  const after = present(row);
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "campaign.update",
    targetType: "campaign",
    targetId: after.id,
    before,
    after,
  });
  return after;
}

/** Moves the selected campaigns to one status: every move allowed, or none made. */
export async function bulkTransitionCampaigns(ctx: ServiceCtx, input: TBulkTransitionCampaignsInput) {
  return applyToEach(
    input.ids,
    (id) => transitionCampaign(ctx, id, input.to),
    async (id) => (await getCampaign(ctx, id)).name,
  );
}

/** Moves a campaign along an allowed transition; any other move is refused with the allowed ones. */
export async function transitionCampaign(ctx: ServiceCtx, id: string, to: CampaignStatus): Promise<TCampaign> {
  const before = await getCampaign(ctx, id);
  if (before.status === to) return before;
  if (!canTransition(before.status, to)) {
    const allowed = CAMPAIGN_TRANSITIONS[before.status];
    throw new AppError(
      "PRECONDITION_FAILED",
      `A ${before.status} campaign cannot become ${to}.` +
        (allowed.length
          ? ` From ${before.status} it can become: ${allowed.join(", ")}.`
          : " Archived campaigns stay archived."),
    );
  }
  // The status in the WHERE makes a concurrent move lose instead of skipping a step.
  const moved = await ctx.db.campaign.updateMany({ where: { id, status: before.status }, data: { status: to } });
  if (moved.count !== 1)
    throw new AppError("CONFLICT", "Someone else changed this campaign's status. Reload and try again.");
  const after = await getCampaign(ctx, id);
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "campaign.status_change",
    targetType: "campaign",
    targetId: id,
    before: { status: before.status },
    after: { status: to },
  });
  return after;
}
