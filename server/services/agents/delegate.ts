import type { ToolContext } from "../../ai/tools/types";
import { AppError } from "../../errors";
import type { ServiceCtx } from "./agent-runtime";
import { listAgents } from "./agents";
import { runAgentTask, type AgentTaskResult } from "./run-task";

/** The agent a delegation names: by id, or by name ignoring case. Never the one delegating. */
async function findDelegate(ctx: ServiceCtx, ref: string, fromAgentId: string | null) {
  const agents = await listAgents(ctx);
  const wanted = ref.trim().toLowerCase();
  const agent = agents.find((a) => a.id === ref.trim()) ?? agents.find((a) => a.name.toLowerCase() === wanted);
  const others = agents.filter((a) => a.id !== fromAgentId).map((a) => a.name);
  if (!agent) {
    throw new AppError("NOT_FOUND", `No agent is called "${ref}". The agents are: ${others.join(", ") || "none"}.`);
  }
  if (agent.id === fromAgentId) {
    throw new AppError("BAD_REQUEST", `That is you; hand the task to another agent (${others.join(", ") || "none"}).`);
  }
  return agent;
}

export type DelegationResult = Omit<AgentTaskResult, "usage" | "error">;

/**
 * Runs `task` on another agent of the agency, to completion, and returns its answer (agents.delegate).
 * The delegated run is recorded like any other — tokens, cost, tool calls, audited — pointing
 * back at the run that handed it the task, one level deeper; the caller bounds the depth.
 */
export async function runDelegatedTask(ctx: ToolContext, agentRef: string, task: string): Promise<DelegationResult> {
  const result = await runAgentTask(
    { organizationId: ctx.organizationId, actor: ctx.actor },
    (service) => findDelegate(service, agentRef, ctx.agentId),
    task,
    {
      depth: (ctx.depth ?? 0) + 1,
      parentRunId: ctx.runId ?? null,
      runRecorded: ctx.runRecorded,
      ...(ctx.abortSignal && { signal: ctx.abortSignal }),
      audit: { delegatedBy: ctx.agentId },
    },
  );
  if (result.error) {
    throw new AppError("PRECONDITION_FAILED", `${result.agent} could not finish the task: ${result.error}`);
  }
  return {
    agent: result.agent,
    status: result.status,
    answer: result.answer,
    runId: result.runId,
    toolsUsed: result.toolsUsed,
  };
}
