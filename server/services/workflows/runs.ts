import { validateGraph } from "@/lib/workflow/validate";
import type { TWorkflowGraph } from "@/lib/workflow/graph";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { AppError, notFound } from "../../errors";
import { recordRunEvent } from "../../workflow/events";
import { enqueueAdvance } from "../../workflow/queue";
import { inTenant, type Access, type ServiceCtx } from "../tenant";
import { storedGraph } from "./workflows";

const MACHINE_TRIGGERS = new Set(["webhook", "schedule", "sub_workflow"]);

/** Sub-workflows may nest this deep: a run started by a trigger is depth 0. */
export const MAX_SUB_WORKFLOW_DEPTH = 3;

export type StartRun = {
  workflowId: string;
  /** What started it: manual, webhook, schedule, chat, portal_form, sub_workflow, test. */
  trigger: string;
  input: unknown;
  /** Run the draft (a test run from the editor) instead of the newest published version. */
  draft?: boolean;
  idempotencyKey?: string | null;
  parentRunId?: string | null;
  depth?: number;
};

export type StartedRun = { id: string; status: string; duplicate: boolean };

/** Creates the run row (queued) in the caller's transaction; the caller enqueues it after commit. */
export async function createRun(ctx: ServiceCtx, input: StartRun): Promise<StartedRun> {
  if ((input.depth ?? 0) > MAX_SUB_WORKFLOW_DEPTH) {
    throw new AppError(
      "BAD_REQUEST",
      `Sub-workflows nest at most ${MAX_SUB_WORKFLOW_DEPTH} deep; this one would go deeper.`,
    );
  }
  const workflow = await ctx.db.workflow.findFirst({
    where: { id: input.workflowId, archivedAt: null },
    select: { id: true, draft: true, publishedVersion: true, name: true },
  });
  if (!workflow) throw notFound("That workflow");
  if (input.idempotencyKey) {
    // The same key sent twice at once: the second waits here for the first to commit, then finds
    // its run (without the lock both miss it and one insert fails on the unique index).
    await ctx.db
      .$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`workflow-idempotency:${workflow.id}:${input.idempotencyKey}`}))`;
    const existing = await ctx.db.workflowRun.findFirst({
      where: { workflowId: workflow.id, idempotencyKey: input.idempotencyKey },
      select: { id: true, status: true },
    });
    if (existing) return { ...existing, duplicate: true };
  }
  let graph: TWorkflowGraph | null = null;
  if (input.draft) {
    graph = storedGraph(workflow.draft);
    const { ok, errors } = validateGraph(graph);
    if (!ok) {
      throw new AppError(
        "BAD_REQUEST",
        `The draft has ${errors.length} problem${errors.length === 1 ? "" : "s"} to fix before it can run. ${errors[0]?.message ?? ""}`,
        {
          problems: errors.map(({ nodeId, edgeId, field, message }) => ({ nodeId, edgeId, field, message })),
        },
      );
    }
  } else if (workflow.publishedVersion === null) {
    throw new AppError(
      "PRECONDITION_FAILED",
      `"${workflow.name}" has no published version yet; publish it, or test-run the draft.`,
    );
  }
  const run = await ctx.db.workflowRun.create({
    data: {
      organizationId: ctx.organizationId,
      workflowId: workflow.id,
      versionNumber: input.draft ? null : workflow.publishedVersion,
      graph: graph ? (graph as Prisma.InputJsonValue) : undefined,
      trigger: input.trigger,
      input: (input.input ?? {}) as Prisma.InputJsonValue,
      idempotencyKey: input.idempotencyKey ?? null,
      parentRunId: input.parentRunId ?? null,
      depth: input.depth ?? 0,
      createdById: ctx.actor.userId,
    },
    select: { id: true, status: true },
  });
  // A person starting a run is audited; machine triggers (webhooks, schedules, sub-workflows)
  // can fire thousands of times a day and are recorded by the run itself.
  if (!MACHINE_TRIGGERS.has(input.trigger)) {
    await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
      action: "workflow.run",
      targetType: "workflow",
      targetId: workflow.id,
      after: { runId: run.id, trigger: input.trigger, version: input.draft ? "draft" : workflow.publishedVersion },
    });
  }
  return { ...run, duplicate: false };
}

/** Starts a run: committed first, then handed to the queue. */
export async function startRun(access: Access, input: StartRun): Promise<StartedRun> {
  const run = await inTenant(access, (ctx) => createRun(ctx, input));
  if (!run.duplicate) await enqueueAdvance({ organizationId: access.organizationId, runId: run.id });
  return run;
}

async function findRun(db: Db, id: string) {
  const run = await db.workflowRun.findFirst({ where: { id }, select: { id: true, status: true, workflowId: true } });
  if (!run) throw notFound("That run");
  return run;
}

/** Cancels a run that has not finished; the worker running it stops its in-flight step (model calls included). */
export async function cancelRun(access: Access, id: string) {
  await inTenant(access, async (ctx) => {
    const run = await findRun(ctx.db, id);
    const { count } = await ctx.db.workflowRun.updateMany({
      where: { id, status: { in: ["queued", "running", "waiting"] } },
      data: { status: "cancelled", finishedAt: new Date(), error: "Cancelled." },
    });
    if (!count)
      throw new AppError(
        "PRECONDITION_FAILED",
        `The run already ${run.status}; only a queued, running or waiting run can be cancelled.`,
      );
    await recordRunEvent(ctx.db, ctx.organizationId, id, "run.cancelled", { by: ctx.actor.label });
    await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
      action: "workflow.run_cancel",
      targetType: "workflow",
      targetId: run.workflowId,
      after: { runId: id },
    });
  });
  return { id, status: "cancelled" as const };
}

/**
 * Retries a failed run from the step that failed: that step gets another attempt (its finished
 * predecessors are not run again) and the run goes back to the queue.
 */
export async function retryRun(access: Access, id: string) {
  await inTenant(access, async (ctx) => {
    const run = await findRun(ctx.db, id);
    if (run.status !== "failed")
      throw new AppError("PRECONDITION_FAILED", `Only a failed run can be retried; this one ${run.status}.`);
    const now = new Date();
    await ctx.db.workflowStep.updateMany({
      where: { runId: id, status: "failed", resumeAt: null },
      data: { resumeAt: now },
    });
    await ctx.db.workflowRun.update({
      where: { id },
      data: { status: "queued", error: null, finishedAt: null, leaseOwner: null, leaseUntil: null },
      select: { id: true },
    });
    await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
      action: "workflow.run_retry",
      targetType: "workflow",
      targetId: run.workflowId,
      after: { runId: id },
    });
  });
  await enqueueAdvance({ organizationId: access.organizationId, runId: id });
  return { id, status: "queued" as const };
}

export type ApprovalDecision = { runId: string; nodeId: string; approve: boolean; comment?: string | null };

/** Approves or rejects a waiting approval step; the run goes on down the matching path. */
export async function decideApproval(access: Access, input: ApprovalDecision) {
  await inTenant(access, async (ctx) => {
    const run = await findRun(ctx.db, input.runId);
    // A cancelled run keeps its waiting step; deciding it would do nothing but say it did.
    if (run.status === "cancelled")
      throw new AppError("PRECONDITION_FAILED", "The run was cancelled, so there is nothing left to decide.");
    const step = await ctx.db.workflowStep.findFirst({
      where: { runId: input.runId, nodeId: input.nodeId, status: "waiting" },
      orderBy: { startedAt: "asc" },
      select: { id: true, output: true, iteration: true },
    });
    if (!step)
      throw new AppError(
        "PRECONDITION_FAILED",
        "That step is not waiting for a decision (it may have been decided already).",
      );
    const output = (step.output ?? {}) as { wait?: { approvers?: string[] }; decision?: unknown };
    if (output.decision) throw new AppError("CONFLICT", "Someone decided this approval already.");
    const approvers = output.wait?.approvers ?? [];
    if (approvers.length && !approvers.includes(ctx.actor.userId ?? "")) {
      throw new AppError("FORBIDDEN", "You are not one of this approval's approvers.");
    }
    const decision = {
      handle: input.approve ? "approved" : "rejected",
      comment: input.comment?.trim() || null,
      by: ctx.actor.label,
    };
    await ctx.db.workflowStep.update({
      where: { id: step.id },
      data: { output: { ...output, decision } as Prisma.InputJsonValue },
      select: { id: true },
    });
    await recordRunEvent(ctx.db, ctx.organizationId, input.runId, "approval.decided", {
      nodeId: input.nodeId,
      iteration: step.iteration,
      ...decision,
    });
    await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
      action: input.approve ? "workflow.approve" : "workflow.reject",
      targetType: "workflow",
      targetId: run.workflowId,
      after: { runId: input.runId, nodeId: input.nodeId, comment: decision.comment },
    });
  });
  await enqueueAdvance({ organizationId: access.organizationId, runId: input.runId });
  return { runId: input.runId, nodeId: input.nodeId, decision: input.approve ? "approved" : "rejected" };
}

export type RunFilters = {
  workflowId?: string;
  status?: string;
  trigger?: string;
  version?: number;
  from?: Date;
  to?: Date;
  cursor?: string;
  limit?: number;
};

export async function listRuns(ctx: ServiceCtx, filters: RunFilters) {
  const limit = Math.min(filters.limit ?? 50, 200);
  const rows = await ctx.db.workflowRun.findMany({
    where: {
      ...(filters.workflowId && { workflowId: filters.workflowId }),
      ...(filters.status && { status: filters.status as never }),
      ...(filters.trigger && { trigger: filters.trigger }),
      ...(filters.version !== undefined && { versionNumber: filters.version }),
      ...((filters.from || filters.to) && {
        createdAt: { ...(filters.from && { gte: filters.from }), ...(filters.to && { lt: filters.to }) },
      }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(filters.cursor && { cursor: { id: filters.cursor }, skip: 1 }),
    select: {
      id: true,
      workflowId: true,
      workflow: { select: { name: true } },
      versionNumber: true,
      trigger: true,
      status: true,
      error: true,
      inputTokens: true,
      outputTokens: true,
      costUsd: true,
      createdAt: true,
      startedAt: true,
      finishedAt: true,
    },
  });
  const page = rows.slice(0, limit);
  return {
    runs: page.map(({ workflow, costUsd, ...run }) => ({
      ...run,
      workflowName: workflow.name,
      costUsd: costUsd.toNumber(),
    })),
    nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}

export async function getRun(ctx: ServiceCtx, id: string) {
  const run = await ctx.db.workflowRun.findFirst({
    where: { id },
    select: {
      id: true,
      workflowId: true,
      workflow: { select: { name: true } },
      versionNumber: true,
      trigger: true,
      status: true,
      input: true,
      output: true,
      error: true,
      inputTokens: true,
      outputTokens: true,
      costUsd: true,
      parentRunId: true,
      createdAt: true,
      startedAt: true,
      finishedAt: true,
      graph: true,
      steps: {
        orderBy: [{ startedAt: "asc" }, { attempt: "asc" }, { id: "asc" }],
        select: {
          nodeId: true,
          iteration: true,
          attempt: true,
          status: true,
          input: true,
          output: true,
          handle: true,
          error: true,
          inputTokens: true,
          outputTokens: true,
          costUsd: true,
          startedAt: true,
          finishedAt: true,
          durationMs: true,
          resumeAt: true,
        },
      },
    },
  });
  if (!run) throw notFound("That run");
  const { workflow, costUsd, steps, graph, ...rest } = run;
  // The steps of the graph the run used: the draft copy kept on a test run, else its version's.
  const used =
    graph ??
    (run.versionNumber === null
      ? null
      : ((
          await ctx.db.workflowVersion.findFirst({
            where: { workflowId: run.workflowId, number: run.versionNumber },
            select: { graph: true },
          })
        )?.graph ?? null));
  const nodes = used ? storedGraph(used).nodes.map(({ id, type, name }) => ({ id, type, name: name ?? null })) : [];
  return {
    ...rest,
    workflowName: workflow.name,
    nodes,
    costUsd: costUsd.toNumber(),
    steps: steps.map((step) => ({ ...step, costUsd: step.costUsd.toNumber() })),
  };
}

/** Approval steps waiting for a decision, oldest first: the approvals inbox. */
export async function listWaitingApprovals(ctx: ServiceCtx) {
  const steps = await ctx.db.workflowStep.findMany({
    where: { status: "waiting", run: { status: { in: ["waiting", "running"] } } },
    orderBy: { startedAt: "asc" },
    take: 200,
    select: {
      nodeId: true,
      iteration: true,
      output: true,
      startedAt: true,
      resumeAt: true,
      run: {
        select: { id: true, workflowId: true, workflow: { select: { name: true } }, graph: true, versionNumber: true },
      },
    },
  });
  return steps.flatMap((step) => {
    const output = (step.output ?? {}) as { wait?: { message?: unknown; approvers?: unknown }; decision?: unknown };
    // Only approvals (a delay or a sub-workflow also waits) that nobody has decided yet.
    if (output.decision || typeof output.wait?.message !== "string") return [];
    return [
      {
        runId: step.run.id,
        workflowId: step.run.workflowId,
        workflowName: step.run.workflow.name,
        nodeId: step.nodeId,
        iteration: step.iteration,
        message: output.wait.message,
        approvers: Array.isArray(output.wait.approvers) ? (output.wait.approvers as string[]) : [],
        waitingSince: step.startedAt,
        timesOutAt: step.resumeAt,
      },
    ];
  });
}
