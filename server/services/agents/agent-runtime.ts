import { createIdGenerator, type ToolSet } from "ai";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import { renderPrompt } from "@/lib/agents/prompt";
import { isCustomToolName } from "@/lib/agents/tools";
import type { TAgent } from "@/lib/schemas/agents";
import { callCost } from "../../ai/cost";
import { languageModelFor } from "../../ai/language-model";
import type { ProviderConnection } from "../../ai/list-models";
import { createOfflineModel, OFFLINE_MODEL_ID } from "../../ai/offline-model";
import { toAiSdkTools, type ToolCallRecord, type ToolHooks } from "../../ai/tools";
import { customHttpTool } from "../../ai/tools/custom-http";
import type { ToolContext } from "../../ai/tools/types";
import { recordAudit } from "../../audit/record";
import { cachedConfig } from "../../db/config-cache";

import type { Prisma } from "../../db/generated/client";
import { loadCustomTools, type CustomToolDefinition } from "../custom-tools/custom-tools";
import { providerConnection } from "../providers/providers";
import { findAgent } from "./agents";

import { inTenant, type Access, type ServiceCtx } from "../tenant";

export { inTenant, type Access, type ServiceCtx } from "../tenant";

/** Most model calls one answer may take: tool calls, their results, the answer, and some room. */
export const MAX_STEPS = 5;

export const newRunId = createIdGenerator({ prefix: "run", size: 16 });

/** Everything needed to call an agent's model, read in one go before the call. */
export type AgentRuntime = {
  agent: TAgent;
  connection: (ProviderConnection & { defaultModel: string; models: unknown }) | null;
  /** The model the call goes to: the agent's, else its provider's default, else the offline model. */
  modelId: string;
  agencyName: string;
  /** The agency's custom HTTP tools the agent lists, read with it. */
  customTools: CustomToolDefinition[];
};

/** Reads the agent and its provider; the agency's name is read too unless the caller knows it. */
export async function loadAgentRuntime(
  ctx: ServiceCtx,
  agentOrId: string | TAgent,
  agencyName?: string,
): Promise<AgentRuntime> {
  const agent = typeof agentOrId === "string" ? await findAgent(ctx, agentOrId) : agentOrId;
  const connection = agent.providerId ? await providerConnection(ctx, agent.providerId) : null;
  const name =
    agencyName ??
    (await ctx.db.organization.findFirst({ where: { id: ctx.organizationId }, select: { name: true } }))?.name;
  const modelId = connection ? (agent.model ?? connection.defaultModel) : OFFLINE_MODEL_ID;
  const customTools = agent.tools.some(isCustomToolName) ? await loadCustomTools(ctx, agent.tools) : [];
  return { agent, connection, modelId, agencyName: name ?? "", customTools };
}

/**
 * The agent's runtime from the configuration cache (no query at all when it is there), else read
 * in a short transaction of its own. Any change to the agent, its provider, the agency's custom
 * tools or the agency drops it (`db/config-cache.ts`).
 */
export function cachedAgentRuntime(
  access: Access & { organization?: { name: string } },
  agentId: string,
): Promise<AgentRuntime> {
  return cachedConfig(`agent-runtime:${access.organizationId}:${agentId}`, () =>
    inTenant(access, (ctx) => loadAgentRuntime(ctx, agentId, access.organization?.name)),
  );
}

/** One model object per runtime: cached runtimes reuse it rather than building a provider per call. */
const models = new WeakMap<AgentRuntime, LanguageModelV3>();

export function modelFor(runtime: AgentRuntime): LanguageModelV3 {
  let model = models.get(runtime);
  if (!model) {
    model = runtime.connection
      ? languageModelFor(runtime.connection, runtime.modelId)
      : createOfflineModel({ tokenDelayMs: 12 });
    models.set(runtime, model);
  }
  return model;
}

/** The agent's system prompt with the agency, today and its custom variables filled in. */
export function systemPromptFor(runtime: AgentRuntime, now = new Date()): string {
  return renderPrompt(runtime.agent.systemPrompt, {
    ...runtime.agent.variables,
    agency_name: runtime.agencyName,
    today: now.toISOString().slice(0, 10),
    client_name: null,
  });
}

export function toolsFor(runtime: AgentRuntime, ctx: ToolContext, hooks: ToolHooks): ToolSet {
  return toAiSdkTools(
    ctx,
    runtime.agent.tools,
    hooks,
    runtime.customTools.map((definition) => customHttpTool(definition)),
  );
}

export function costOf(runtime: AgentRuntime, tokens: { inputTokens: number; outputTokens: number }): number {
  return callCost(runtime.connection?.models, runtime.modelId, tokens);
}

type RunStart = {
  runId: string;
  runtime: AgentRuntime;
  /** The run that handed this one its task, for agents.delegate. */
  parentRunId?: string | null;
  depth?: number;
  /** What the audit trail keeps about where the run came from. */
  audit: Record<string, unknown>;
};

/**
 * Records a run as running (the agent shows busy while any run is) and audits who started it.
 * The row is finished by `finishRun`; one left running past
 * RUN_STALE_AFTER_MS (agent-status.ts) was abandoned.
 */
export async function startRun(ctx: ServiceCtx, { runId, runtime, parentRunId = null, depth = 0, audit }: RunStart) {
  await ctx.db.agentRun.create({
    data: {
      id: runId,
      organizationId: ctx.organizationId,
      agentId: runtime.agent.id,
      userId: ctx.actor.userId,
      providerId: runtime.agent.providerId,
      model: runtime.modelId,
      status: "running",
      latencyMs: 0,
      parentRunId,
      depth,
    },
    select: { id: true },
  });
  await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
    action: "agent.run",
    targetType: "agent",
    targetId: runtime.agent.id,
    after: { runId, model: runtime.modelId, ...(parentRunId && { parentRunId, depth }), ...audit },
  });
}

export type RunOutcome = {
  status: "succeeded" | "failed" | "aborted";
  error: string | null;
  inputTokens: number;
  outputTokens: number;
  latencyMs: number;
  firstTokenMs: number | null;
  cacheHit?: boolean;
  /** The answer saved for the run, for a chat. */
  messageId?: string | null;
  toolCalls: readonly ToolCallRecord[];
};

/** Closes a run started by `startRun` with its outcome, tokens, cost and tool calls. */
export async function finishRun(ctx: ServiceCtx, runId: string, runtime: AgentRuntime, outcome: RunOutcome) {
  const { inputTokens, outputTokens } = outcome;
  await ctx.db.agentRun.update({
    where: { id: runId },
    data: {
      status: outcome.status,
      error: outcome.error,
      inputTokens,
      outputTokens,
      costUsd: outcome.cacheHit ? 0 : costOf(runtime, { inputTokens, outputTokens }),
      latencyMs: outcome.latencyMs,
      firstTokenMs: outcome.firstTokenMs,
      cacheHit: outcome.cacheHit ?? false,
      messageId: outcome.messageId ?? null,
      finishedAt: new Date(),
    },
    select: { id: true },
  });
  if (outcome.toolCalls.length) {
    await ctx.db.toolCallRecord.createMany({
      data: outcome.toolCalls.map((call) => ({
        organizationId: ctx.organizationId,
        runId,
        toolCallId: call.toolCallId,
        name: call.name,
        input: (call.input ?? null) as Prisma.InputJsonValue,
        output: (call.output ?? null) as Prisma.InputJsonValue,
        error: call.error,
        durationMs: call.durationMs,
      })),
    });
  }
}
