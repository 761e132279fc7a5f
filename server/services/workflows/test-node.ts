import { randomUUID } from "node:crypto";
import { evaluateExpression, evaluateTemplate, ExpressionError, prepareScope } from "@/lib/workflow/expression";
import { isNodeType, NODE_TYPES } from "@/lib/workflow/node-types";
import type { OrgContext } from "../../api/trpc";
import { withDb } from "../../db/client";
import { AppError } from "../../errors";
import { DEFAULT_STEP_TIMEOUT_MS } from "../../workflow/engine";
import { executorFor } from "../../workflow/nodes";
import type { NodeContext, RunScope } from "../../workflow/nodes/types";
import { storedGraph } from "./workflows";

type Access = Pick<OrgContext, "organizationId" | "actor">;

export type TestNodeInput = {
  workflowId: string;
  nodeId: string;
  /** What the node's expressions read: earlier steps' outputs, the trigger input, variables, a loop item. */
  scope: Partial<RunScope>;
};

/**
 * Runs one node of the draft on its own with a scope the person gives (the editor's "test this
 * step"), without a run: nothing is recorded. It does what the node does — an HTTP step calls
 * the address, an email step queues the email — so the editor says so before it runs.
 */
export async function testNode(access: Access, input: TestNodeInput) {
  const draft = await withDb({ organizationId: access.organizationId }, async (db) => {
    const row = await db.workflow.findFirst({
      where: { id: input.workflowId, archivedAt: null },
      select: { draft: true },
    });
    if (!row) throw new AppError("NOT_FOUND", "That workflow was not found in this agency.");
    return storedGraph(row.draft);
  });
  const node = draft.nodes.find((candidate) => candidate.id === input.nodeId);
  if (!node) throw new AppError("NOT_FOUND", `The draft has no step "${input.nodeId}".`);
  if (!isNodeType(node.type))
    throw new AppError("BAD_REQUEST", `"${node.type}" is not a step type this version knows.`);
  if (node.type === "note") throw new AppError("BAD_REQUEST", "A note does not run.");
  const parsed = NODE_TYPES[node.type].config.safeParse(node.config);
  if (!parsed.success) {
    throw new AppError(
      "BAD_REQUEST",
      `Fix the step's settings first: ${parsed.error.issues[0]?.message ?? "they are invalid"}`,
    );
  }
  const scope: RunScope = {
    nodes: input.scope.nodes ?? {},
    input: input.scope.input ?? {},
    vars: input.scope.vars ?? {},
  };
  if (input.scope.item !== undefined) scope.item = input.scope.item;
  if (input.scope.index !== undefined) scope.index = input.scope.index;
  // A sample too deep or too large for expressions is the caller's to fix, not a server error.
  let prepared: ReturnType<typeof prepareScope>;
  try {
    prepared = prepareScope(scope);
  } catch (error) {
    if (error instanceof ExpressionError) throw new AppError("BAD_REQUEST", `Fix the sample input: ${error.message}`);
    throw error;
  }
  const tokens: string[] = [];
  const ctx: NodeContext = {
    organizationId: access.organizationId,
    actor: access.actor,
    runId: `test-${randomUUID()}`,
    workflowId: input.workflowId,
    nodeId: node.id,
    depth: 0,
    idempotencyKey: `test:${randomUUID()}`,
    signal: AbortSignal.timeout(node.timeoutMs ?? DEFAULT_STEP_TIMEOUT_MS),
    scope,
    predecessors: draft.edges.filter((edge) => edge.target === node.id).map((edge) => edge.source),
    template: (text) => evaluateTemplate(text, prepared),
    expression: (source) => evaluateExpression(source, prepared),
    emitToken: (text) => void tokens.push(text),
    resume: null,
    now: () => new Date(),
  };
  const started = performance.now();
  try {
    const result = await executorFor(node.type)(ctx, parsed.data as never);
    const durationMs = Math.round(performance.now() - started);
    return result.kind === "done"
      ? {
          status: "succeeded" as const,
          output: result.output ?? null,
          handles: result.handles ?? null,
          usage: result.usage ?? null,
          error: null,
          durationMs,
          streamed: tokens.join(""),
        }
      : {
          status: "waiting" as const,
          output: { wait: result.data, reason: result.reason },
          handles: null,
          usage: null,
          error: null,
          durationMs,
          streamed: "",
        };
  } catch (error) {
    return {
      status: "failed" as const,
      output: null,
      handles: null,
      usage: null,
      error: error instanceof Error ? error.message : String(error),
      durationMs: Math.round(performance.now() - started),
      streamed: tokens.join(""),
    };
  }
}
