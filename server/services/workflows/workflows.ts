import { randomBytes } from "node:crypto";
import type {
  TCreateWorkflowInput,
  TDiffInput,
  TImportWorkflowInput,
  TPublishInput,
  TRollbackInput,
  TSaveDraftInput,
  TUpdateWorkflowInput,
  TWorkflow,
  TWorkflowExport,
  TWorkflowSummary,
  TWorkflowVersion,
} from "@/lib/schemas/workflows";
import { diffGraphs } from "@/lib/workflow/diff";
import { NODE_TYPES } from "@/lib/workflow/node-types";
import { ZWorkflowGraph, type TWorkflowGraph } from "@/lib/workflow/graph";
import { starterGraph } from "@/lib/workflow/starter";
import { validateGraph } from "@/lib/workflow/validate";
import type { OrgContext } from "../../api/trpc";
import { recordAudit } from "../../audit/record";
import type { Prisma } from "../../db/generated/client";
import { AppError, notFound } from "../../errors";
import { assertNameFree, sameNameWhere } from "../unique-name";
import { webhookSigningKey } from "./webhooks";

type ServiceCtx = Pick<OrgContext, "db" | "organizationId" | "actor">;

const SUMMARY_SELECT = {
  id: true,
  name: true,
  description: true,
  draft: true,
  draftRevision: true,
  publishedVersion: true,
  updatedAt: true,
} satisfies Prisma.WorkflowSelect;

const DETAIL_SELECT = {
  ...SUMMARY_SELECT,
  draftSavedAt: true,
  draftSavedById: true,
  webhookSecret: true,
} satisfies Prisma.WorkflowSelect;

/** A stored graph, read back through the schema (a row written by an older build is checked again). */
export function storedGraph(value: unknown): TWorkflowGraph {
  const parsed = ZWorkflowGraph.safeParse(value);
  if (!parsed.success)
    throw new AppError("PRECONDITION_FAILED", "This workflow's saved graph is damaged; import a good copy.");
  return parsed.data;
}

function summary(row: Prisma.WorkflowGetPayload<{ select: typeof SUMMARY_SELECT }>): TWorkflowSummary {
  const nodes = (row.draft as { nodes?: unknown[] } | null)?.nodes;
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    draftRevision: row.draftRevision,
    publishedVersion: row.publishedVersion,
    nodeCount: Array.isArray(nodes) ? nodes.length : 0,
    updatedAt: row.updatedAt,
  };
}

/** Names of the agency's members among `ids` (someone who has left the agency stays unnamed). */
async function userLabels(ctx: ServiceCtx, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (!wanted.length) return new Map();
  const members = await ctx.db.membership.findMany({
    where: { userId: { in: wanted } },
    select: { userId: true, user: { select: { name: true, email: true } } },
  });
  return new Map(members.map((member) => [member.userId, member.user.name ?? member.user.email]));
}

export async function listWorkflows(ctx: ServiceCtx): Promise<TWorkflowSummary[]> {
  const rows = await ctx.db.workflow.findMany({
    where: { archivedAt: null },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    select: SUMMARY_SELECT,
  });
  return rows.map(summary);
}

export async function getWorkflow(ctx: ServiceCtx, id: string): Promise<TWorkflow> {
  const row = await ctx.db.workflow.findFirst({ where: { id, archivedAt: null }, select: DETAIL_SELECT });
  if (!row) throw notFound("That workflow");
  const labels = await userLabels(ctx, [row.draftSavedById]);
  return {
    ...summary(row),
    draft: storedGraph(row.draft),
    draftSavedAt: row.draftSavedAt,
    draftSavedBy: row.draftSavedById ? (labels.get(row.draftSavedById) ?? null) : null,
    webhookPath: `/api/hooks/${row.id}/${row.webhookSecret}`,
  };
}

async function assertWorkflowNameFree(ctx: ServiceCtx, name: string, exceptId?: string) {
  // Archived workflows keep their names: the unique index on (organization_id, name) covers them too.
  const clash = await ctx.db.workflow.findFirst({ where: sameNameWhere(name, exceptId), select: { id: true } });
  assertNameFree(clash, "A workflow", name);
}

export async function createWorkflow(ctx: ServiceCtx, input: TCreateWorkflowInput): Promise<TWorkflow> {
  await assertWorkflowNameFree(ctx, input.name);
  const graph = input.graph ?? starterGraph();
  const row = await ctx.db.workflow.create({
    data: {
      organizationId: ctx.organizationId,
      name: input.name,
      description: input.description ?? null,
      draft: graph as Prisma.InputJsonValue,
      draftSavedById: ctx.actor.userId,
      webhookSecret: randomBytes(24).toString("base64url"),
      createdById: ctx.actor.userId,
    },
    select: { id: true },
  });
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "workflow.create",
    targetType: "workflow",
    targetId: row.id,
    after: { name: input.name, nodes: graph.nodes.length },
  });
  return getWorkflow(ctx, row.id);
}

export async function updateWorkflow(ctx: ServiceCtx, input: TUpdateWorkflowInput): Promise<TWorkflow> {
  const before = await getWorkflow(ctx, input.id);
  await assertWorkflowNameFree(ctx, input.name, input.id);
  // An omitted description is left as it is; null clears it.
  const description = input.description === undefined ? before.description : input.description;
  await ctx.db.workflow.update({
    where: { id: input.id },
    data: { name: input.name, description },
    select: { id: true },
  });
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "workflow.update",
    targetType: "workflow",
    targetId: input.id,
    before: { name: before.name, description: before.description },
    after: { name: input.name, description },
  });
  return getWorkflow(ctx, input.id);
}

/**
 * Saves the draft with compare-and-set on its revision: the save names the revision it was based
 * on, and if someone saved since, it is refused with a conflict naming the current revision —
 * never a silent overwrite. A draft may have problems (they show in the editor); publishing may not.
 */
export async function saveDraft(ctx: ServiceCtx, input: TSaveDraftInput) {
  const { count } = await ctx.db.workflow.updateMany({
    where: { id: input.id, archivedAt: null, draftRevision: input.baseRevision },
    data: {
      draft: input.graph as Prisma.InputJsonValue,
      draftRevision: { increment: 1 },
      draftSavedById: ctx.actor.userId,
      draftSavedAt: new Date(),
    },
  });
  if (!count) {
    const current = await ctx.db.workflow.findFirst({
      where: { id: input.id, archivedAt: null },
      select: { draftRevision: true, draftSavedById: true, draftSavedAt: true },
    });
    if (!current) throw notFound("That workflow");
    const by = (await userLabels(ctx, [current.draftSavedById])).get(current.draftSavedById ?? "") ?? "someone";
    throw new AppError(
      "CONFLICT",
      `${by} saved this workflow at ${current.draftSavedAt.toISOString()} (revision ${current.draftRevision}) after you opened revision ${input.baseRevision}. Your changes were not saved: reload their version, or keep yours and save again on top of it.`,
      { revision: current.draftRevision },
    );
  }
  const { problems } = checkGraph(input.graph);
  return { revision: input.baseRevision + 1, problems };
}

function checkGraph(graph: TWorkflowGraph) {
  const result = validateGraph(graph);
  return {
    ok: result.ok,
    problems: result.errors.map(({ nodeId, edgeId, field, message }) => ({ nodeId, edgeId, field, message })),
  };
}

function refuseInvalid(graph: TWorkflowGraph, what: string) {
  const { ok, problems } = checkGraph(graph);
  if (ok) return;
  const first = problems
    .slice(0, 3)
    .map((p) => p.message)
    .join(" ");
  throw new AppError(
    "BAD_REQUEST",
    `${what}: the workflow has ${problems.length === 1 ? "a problem" : `${problems.length} problems`} to fix first. ${first}`,
    { problems },
  );
}

async function nextVersionNumber(ctx: ServiceCtx, workflowId: string): Promise<number> {
  // The workflow row is locked first, so two publishes cannot take the same number.
  await ctx.db.$queryRaw`SELECT 1 FROM workflows WHERE id = ${workflowId} FOR UPDATE`;
  const last = await ctx.db.workflowVersion.findFirst({
    where: { workflowId },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  return (last?.number ?? 0) + 1;
}

async function writeVersion(ctx: ServiceCtx, workflowId: string, graph: TWorkflowGraph, note: string | null) {
  const number = await nextVersionNumber(ctx, workflowId);
  await ctx.db.workflowVersion.create({
    data: {
      organizationId: ctx.organizationId,
      workflowId,
      number,
      graph: graph as Prisma.InputJsonValue,
      note,
      createdById: ctx.actor.userId,
    },
    select: { id: true },
  });
  await ctx.db.workflow.update({
    where: { id: workflowId },
    data: { publishedVersion: number, ...scheduleOf(graph) },
    select: { id: true },
  });
  return number;
}

/** The schedule the workers' scheduler reads for the live version: its schedule trigger's, or none. */
function scheduleOf(graph: TWorkflowGraph): { scheduleCron: string | null; scheduleTimezone: string | null } {
  const trigger = graph.nodes.find((node) => node.type === "trigger.schedule");
  const parsed = trigger ? NODE_TYPES["trigger.schedule"].config.safeParse(trigger.config) : null;
  return parsed?.success
    ? { scheduleCron: parsed.data.cron, scheduleTimezone: parsed.data.timezone }
    : { scheduleCron: null, scheduleTimezone: null };
}

/** Publishes the draft the person saw (its revision) as the next numbered, immutable version. */
export async function publishWorkflow(ctx: ServiceCtx, input: TPublishInput) {
  const workflow = await getWorkflow(ctx, input.id);
  if (workflow.draftRevision !== input.baseRevision) {
    throw new AppError(
      "CONFLICT",
      `The draft changed since you looked at it (now revision ${workflow.draftRevision}). Review the newer draft before publishing.`,
      { revision: workflow.draftRevision },
    );
  }
  refuseInvalid(workflow.draft, "Not published");
  const number = await writeVersion(ctx, workflow.id, workflow.draft, input.note ?? null);
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "workflow.publish",
    targetType: "workflow",
    targetId: workflow.id,
    after: { version: number, note: input.note ?? null, draftRevision: workflow.draftRevision },
  });
  return { version: number };
}

export async function listVersions(ctx: ServiceCtx, workflowId: string): Promise<TWorkflowVersion[]> {
  await getWorkflow(ctx, workflowId);
  const rows = await ctx.db.workflowVersion.findMany({
    where: { workflowId },
    orderBy: { number: "desc" },
    select: { number: true, note: true, createdById: true, createdAt: true, graph: true },
  });
  const labels = await userLabels(
    ctx,
    rows.map((row) => row.createdById),
  );
  return rows.map((row) => ({
    number: row.number,
    note: row.note,
    createdBy: row.createdById ? (labels.get(row.createdById) ?? null) : null,
    createdAt: row.createdAt,
    nodeCount: storedGraph(row.graph).nodes.length,
  }));
}

export async function getVersionGraph(ctx: ServiceCtx, workflowId: string, number: number): Promise<TWorkflowGraph> {
  const row = await ctx.db.workflowVersion.findFirst({
    where: { workflowId, number, workflow: { archivedAt: null } },
    select: { graph: true },
  });
  if (!row) throw notFound(`Version ${number} of that workflow`);
  return storedGraph(row.graph);
}

export async function diffVersions(ctx: ServiceCtx, input: TDiffInput) {
  const side = async (which: TDiffInput["from"]) =>
    which === "draft" ? (await getWorkflow(ctx, input.id)).draft : getVersionGraph(ctx, input.id, which);
  return diffGraphs(await side(input.from), await side(input.to));
}

/**
 * Rolls back by publishing an old version's graph as a new version (history is never rewritten)
 * and making it the draft, so the editor opens what is now live.
 */
export async function rollbackWorkflow(ctx: ServiceCtx, input: TRollbackInput) {
  const graph = await getVersionGraph(ctx, input.id, input.version);
  const number = await writeVersion(ctx, input.id, graph, input.note ?? `Rollback to version ${input.version}`);
  await ctx.db.workflow.update({
    where: { id: input.id },
    data: {
      draft: graph as Prisma.InputJsonValue,
      draftRevision: { increment: 1 },
      draftSavedById: ctx.actor.userId,
      draftSavedAt: new Date(),
    },
    select: { id: true },
  });
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "workflow.rollback",
    targetType: "workflow",
    targetId: input.id,
    after: { from: input.version, version: number },
  });
  return { version: number };
}

export async function exportWorkflow(ctx: ServiceCtx, id: string): Promise<TWorkflowExport> {
  const workflow = await getWorkflow(ctx, id);
  return {
    format: "switchboard.workflow",
    formatVersion: 1,
    name: workflow.name,
    description: workflow.description,
    graph: workflow.draft,
  };
}

/** A copy's name: "X (copy)", "X (copy 2)"… whichever is free. */
async function freeCopyName(ctx: ServiceCtx, name: string): Promise<string> {
  for (let n = 1; n < 100; n += 1) {
    const candidate = `${name.slice(0, 100)} (copy${n > 1 ? ` ${n}` : ""})`;
    const clash = await ctx.db.workflow.findFirst({ where: sameNameWhere(candidate), select: { id: true } });
    if (!clash) return candidate;
  }
  throw new AppError("CONFLICT", `Too many copies of "${name}"; rename some first.`);
}

/** Imports a workflow file as a new workflow (the file was checked by its schema on the way in). */
export async function importWorkflow(ctx: ServiceCtx, input: TImportWorkflowInput): Promise<TWorkflow> {
  const name = input.name ?? input.file.name;
  const taken = await ctx.db.workflow.findFirst({ where: sameNameWhere(name), select: { id: true } });
  return createWorkflow(ctx, {
    name: taken && !input.name ? await freeCopyName(ctx, name) : name,
    description: input.file.description ?? null,
    graph: input.file.graph,
  });
}

export async function duplicateWorkflow(ctx: ServiceCtx, id: string): Promise<TWorkflow> {
  const source = await getWorkflow(ctx, id);
  return createWorkflow(ctx, {
    name: await freeCopyName(ctx, source.name),
    description: source.description,
    graph: source.draft,
  });
}

export async function archiveWorkflow(ctx: ServiceCtx, id: string) {
  const workflow = await getWorkflow(ctx, id);
  await ctx.db.workflow.update({
    where: { id },
    data: { archivedAt: new Date(), scheduleCron: null, scheduleTimezone: null },
    select: { id: true },
  });
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "workflow.archive",
    targetType: "workflow",
    targetId: id,
    before: { name: workflow.name },
  });
  return { id };
}

/** The key a webhook sender signs bodies with, for a trigger set to check HMAC-SHA256 signatures. */
export async function webhookSigning(ctx: ServiceCtx, id: string) {
  const row = await ctx.db.workflow.findFirst({
    where: { id, archivedAt: null },
    select: { webhookSecret: true, draft: true },
  });
  if (!row) throw notFound("That workflow");
  const trigger = storedGraph(row.draft).nodes.find((node) => node.type === "trigger.webhook");
  const parsed = trigger ? NODE_TYPES["trigger.webhook"].config.safeParse(trigger.config) : null;
  const header = parsed?.success ? parsed.data.signatureHeader : "X-Signature-256";
  return {
    key: webhookSigningKey(id, row.webhookSecret),
    header,
    format: "sha256=<hex HMAC-SHA256 of the raw body>",
  };
}
