import { generateText, stepCountIs } from "ai";
import { describeModelError } from "../../ai/provider-errors";
import type { ToolCallRecord } from "../../ai/tools";
import type { ToolContext } from "../../ai/tools/types";
import { AppError } from "../../errors";
import {
  finishRun,
  inTenant,
  loadAgentRuntime,
  MAX_STEPS,
  modelFor,
  newRunId,
  startRun,
  systemPromptFor,
  toolsFor,
  type ServiceCtx,
} from "./agent-runtime";
import { listAgents } from "./agents";

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

export type DelegationResult = {
  agent: string;
  status: "succeeded" | "failed" | "aborted";
  answer: string;
  runId: string;
  toolsUsed: string[];
};

/**
 * Runs `task` on another agent of the agency, to completion, and returns its answer (agents.delegate).
 * The delegated run is recorded like any other — tokens, cost, tool calls, audited — pointing
 * back at the run that handed it the task, one level deeper; the caller bounds the depth.
 */
export async function runDelegatedTask(ctx: ToolContext, agentRef: string, task: string): Promise<DelegationResult> {
  const access = { organizationId: ctx.organizationId, actor: ctx.actor };
  const depth = (ctx.depth ?? 0) + 1;
  const runId = newRunId();
  const runtime = await inTenant(access, async (service) => {
    const target = await findDelegate(service, agentRef, ctx.agentId);
    const loaded = await loadAgentRuntime(service, target);
    await startRun(service, {
      runId,
      runtime: loaded,
      parentRunId: ctx.runId ?? null,
      depth,
      audit: { delegatedBy: ctx.agentId },
    });
    return loaded;
  });

  const toolCalls: ToolCallRecord[] = [];
  const started = performance.now();
  const tools = toolsFor(
    runtime,
    { ...ctx, agentId: runtime.agent.id, runId, depth },
    { onCall: (record) => void toolCalls.push(record) },
  );
  let outcome: {
    status: DelegationResult["status"];
    text: string;
    error: string | null;
    input: number;
    output: number;
  };
  try {
    const result = await generateText({
      model: modelFor(runtime),
      system: systemPromptFor(runtime),
      prompt: task,
      tools,
      temperature: runtime.agent.temperature,
      stopWhen: stepCountIs(MAX_STEPS),
      maxRetries: 3,
      abortSignal: ctx.abortSignal,
    });
    outcome = {
      status: "succeeded",
      text: result.text,
      error: null,
      input: result.totalUsage.inputTokens ?? 0,
      output: result.totalUsage.outputTokens ?? 0,
    };
  } catch (error) {
    const stopped = ctx.abortSignal?.aborted ?? false;
    outcome = {
      status: stopped ? "aborted" : "failed",
      text: "",
      error: stopped ? "Stopped with the run that delegated it." : describeModelError(error),
      input: 0,
      output: 0,
    };
  }
  await inTenant(access, (service) =>
    finishRun(service, runId, runtime, {
      status: outcome.status,
      error: outcome.error,
      inputTokens: outcome.input,
      outputTokens: outcome.output,
      latencyMs: Math.round(performance.now() - started),
      firstTokenMs: null,
      toolCalls,
    }),
  );
  if (outcome.error)
    throw new AppError("PRECONDITION_FAILED", `${runtime.agent.name} could not finish the task: ${outcome.error}`);
  return {
    agent: runtime.agent.name,
    status: outcome.status,
    answer: outcome.text,
    runId,
    toolsUsed: toolCalls.map((call) => call.name),
  };
}
