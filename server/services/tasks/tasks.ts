import {
  type TBulkUpdateTasksInput,
  type TCreateTaskInput,
  type TListTasksInput,
  type TTask,
  type TUpdateTaskInput,
} from "@/lib/schemas/tasks";
import type { OrgContext } from "../../api/trpc";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import type { ActorType, Prisma } from "../../db/generated/client";
import { AppError, notFound } from "../../errors";
import { fromDay, toDay } from "../campaigns/campaigns";

type ServiceCtx = Pick<OrgContext, "db" | "organizationId" | "actor">;

const TASK_SELECT = {
  id: true,
  title: true,
  description: true,
  priority: true,
  status: true,
  assigneeId: true,
  dueDate: true,
  clientId: true,
  client: { select: { name: true } },
  campaignId: true,
  campaign: { select: { name: true } },
  createdByType: true,
  createdById: true,
  completedAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.TaskSelect;

type TaskRow = Prisma.TaskGetPayload<{ select: typeof TASK_SELECT }>;

/** Assignees are users (global rows): looked up once per page, within the agency's members. */
async function present(db: Db, rows: TaskRow[]): Promise<TTask[]> {
  const ids = [...new Set(rows.map((r) => r.assigneeId).filter((id): id is string => Boolean(id)))];
  const members = ids.length
    ? await db.membership.findMany({
        where: { userId: { in: ids } },
        select: { user: { select: { id: true, name: true, email: true } } },
      })
    : [];
  const byId = new Map(members.map((m) => [m.user.id, { name: m.user.name, email: m.user.email }]));
  return rows.map((row) => ({
    ...row,
    dueDate: row.dueDate ? toDay(row.dueDate) : null,
    assignee: row.assigneeId ? (byId.get(row.assigneeId) ?? null) : null,
  }));
}

/** Everything a task points at must belong to this agency; say which reference is wrong. */
async function assertReferences(
  ctx: ServiceCtx,
  fields: { assigneeId?: string | null; clientId?: string | null; campaignId?: string | null },
) {
  if (fields.assigneeId) {
    const member = await ctx.db.membership.findFirst({ where: { userId: fields.assigneeId }, select: { id: true } });
    if (!member)
      throw new AppError("BAD_REQUEST", "The assignee must be a member of this agency.", { field: "assigneeId" });
  }
  if (fields.clientId) {
    const client = await ctx.db.client.findFirst({ where: { id: fields.clientId }, select: { id: true } });
    if (!client) throw new AppError("BAD_REQUEST", "That client was not found in this agency.", { field: "clientId" });
  }
  if (fields.campaignId) {
    const campaign = await ctx.db.campaign.findFirst({ where: { id: fields.campaignId }, select: { id: true } });
    if (!campaign)
      throw new AppError("BAD_REQUEST", "That campaign was not found in this agency.", { field: "campaignId" });
  }
}

const completedAtFor = (status: string | undefined, previous: Date | null) =>
  status === undefined ? undefined : status === "completed" ? (previous ?? new Date()) : null;

export async function listTasks({ db }: ServiceCtx, input: TListTasksInput) {
  const where: Prisma.TaskWhereInput = {
    ...(input.statuses?.length && { status: { in: input.statuses } }),
    ...(input.priorities?.length && { priority: { in: input.priorities } }),
    ...(input.assigneeId && { assigneeId: input.assigneeId }),
    ...(input.unassigned && { assigneeId: null }),
    ...(input.clientId && { clientId: input.clientId }),
    ...(input.campaignId && { campaignId: input.campaignId }),
    ...(input.search && {
      OR: [
        { title: { contains: input.search, mode: "insensitive" } },
        { description: { contains: input.search, mode: "insensitive" } },
      ],
    }),
  };
  // Priority is an enum declared low → urgent, so ordering by it is by urgency.
  const rows = await db.task.findMany({
    where,
    orderBy: [
      input.sort === "dueDate" ? { dueDate: { sort: input.order, nulls: "last" } } : { [input.sort]: input.order },
      { id: input.order },
    ],
    take: input.limit + 1,
    ...(input.cursor && { cursor: { id: input.cursor }, skip: 1 }),
    select: TASK_SELECT,
  });
  const items = await present(db, rows.slice(0, input.limit));
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}

export async function getTask(ctx: ServiceCtx, id: string): Promise<TTask> {
  const row = await ctx.db.task.findFirst({ where: { id }, select: TASK_SELECT });
  if (!row) throw notFound("Task");
  const [task] = await present(ctx.db, [row]);
  if (!task) throw notFound("Task");
  return task;
}

/** Who a task is recorded as made by: the signed-in person unless an agent or a workflow made it. */
export type TaskCreator = { type: ActorType; id: string | null };

export async function createTask(
  ctx: ServiceCtx,
  input: TCreateTaskInput,
  createdBy: TaskCreator = { type: "person", id: ctx.actor.userId },
): Promise<TTask> {
  await assertReferences(ctx, input);
  const row = await ctx.db.task.create({
    data: {
      organizationId: ctx.organizationId,
      title: input.title,
      description: input.description ?? null,
      priority: input.priority,
      status: input.status,
      assigneeId: input.assigneeId ?? null,
      dueDate: input.dueDate ? fromDay(input.dueDate) : null,
      clientId: input.clientId ?? null,
      campaignId: input.campaignId ?? null,
      createdByType: createdBy.type,
      createdById: createdBy.id,
      completedAt: input.status === "completed" ? new Date() : null,
    },
    select: TASK_SELECT,
  });
  const task = await getTask(ctx, row.id);
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "task.create",
    targetType: "task",
    targetId: task.id,
    after: task,
  });
  return task;
}

export async function updateTask(ctx: ServiceCtx, input: TUpdateTaskInput): Promise<TTask> {
  const before = await getTask(ctx, input.id);
  const { patch } = input;
  await assertReferences(ctx, patch);
  await ctx.db.task.update({
    where: { id: input.id },
    data: {
      ...(patch.title !== undefined && { title: patch.title }),
      ...(patch.description !== undefined && { description: patch.description }),
      ...(patch.priority !== undefined && { priority: patch.priority }),
      ...(patch.status !== undefined && {
        status: patch.status,
        completedAt: completedAtFor(patch.status, before.completedAt),
      }),
      ...(patch.assigneeId !== undefined && { assigneeId: patch.assigneeId }),
      ...(patch.dueDate !== undefined && { dueDate: patch.dueDate ? fromDay(patch.dueDate) : null }),
      ...(patch.clientId !== undefined && { clientId: patch.clientId }),
      ...(patch.campaignId !== undefined && { campaignId: patch.campaignId }),
    },
  });
  const after = await getTask(ctx, input.id);
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: patch.status !== undefined && patch.status !== before.status ? "task.status_change" : "task.update",
    targetType: "task",
    targetId: after.id,
    before,
    after,
  });
  return after;
}

/** The same change to many tasks at once, all or none; one audit event per task. */
export async function bulkUpdateTasks(ctx: ServiceCtx, input: TBulkUpdateTasksInput): Promise<{ updated: number }> {
  const ids = [...new Set(input.ids)];
  const found = await ctx.db.task.count({ where: { id: { in: ids } } });
  if (found !== ids.length)
    throw new AppError("NOT_FOUND", `${ids.length - found} of the selected tasks were not found in this agency.`);
  for (const id of ids) await updateTask(ctx, { id, patch: input.patch });
  return { updated: ids.length };
}
