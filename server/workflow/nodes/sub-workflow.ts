import type { NodeConfig } from "@/lib/workflow/node-types";
import { withDb } from "../../db/client";
import { AppError } from "../../errors";
import { createRun } from "../../services/workflows/runs";
import { enqueueAdvance } from "../queue";
import type { NodeExecutor } from "./types";

type Waiting = { childRunId?: string };

/**
 * The child's end resumes the step at once; this re-check is for the moment in between (a child
 * that finishes before this step is recorded as waiting).
 */
const RECHECK_MS = 15_000;

/**
 * Starts the other workflow's newest published version as a child run and waits for it without
 * holding a worker: the child's end resumes this step (see engine.ts resumeParent). The child's
 * output becomes this step's; its failure, this step's error. The idempotency key makes a step
 * run again after a crash find the child it already started instead of starting a second one.
 */
export const subWorkflowExecutor: NodeExecutor<NodeConfig<"sub_workflow">> = async (ctx, config) => {
  const waiting = (ctx.resume?.data ?? null) as Waiting | null;
  if (waiting?.childRunId) {
    const child = await withDb({ organizationId: ctx.organizationId }, (db) =>
      db.workflowRun.findFirst({
        where: { id: waiting.childRunId },
        select: { status: true, output: true, error: true },
      }),
    );
    if (!child) throw new AppError("NOT_FOUND", "The sub-workflow's run is gone.");
    if (child.status === "succeeded") return { kind: "done", output: child.output };
    if (child.status === "failed" || child.status === "cancelled") {
      throw new AppError(
        "PRECONDITION_FAILED",
        `The sub-workflow ${child.status}: ${child.error ?? "no reason given"}`,
      );
    }
    return {
      kind: "wait",
      data: waiting,
      resumeAt: new Date(ctx.now().getTime() + RECHECK_MS),
      reason: "Waiting for the sub-workflow to finish.",
    };
  }
  const input = config.input ? await ctx.expression(config.input) : {};
  const started = await withDb({ organizationId: ctx.organizationId, userId: ctx.actor.userId ?? undefined }, (db) =>
    createRun(
      { db, organizationId: ctx.organizationId, actor: ctx.actor },
      {
        workflowId: config.workflowId,
        trigger: "sub_workflow",
        input,
        idempotencyKey: ctx.idempotencyKey,
        parentRunId: ctx.runId,
        depth: ctx.depth + 1,
      },
    ),
  );
  if (!started.duplicate) await enqueueAdvance({ organizationId: ctx.organizationId, runId: started.id });
  return {
    kind: "wait",
    data: { childRunId: started.id },
    resumeAt: new Date(ctx.now().getTime() + RECHECK_MS),
    reason: "Waiting for the sub-workflow to finish.",
  };
};
