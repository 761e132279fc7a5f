import { stepCountIs, streamText } from "ai";
import type { TAgent } from "@/lib/schemas/agents";
import { describeModelError } from "../../ai/provider-errors";
import type { ToolCallRecord } from "../../ai/tools";
import type { ToolContext } from "../../ai/tools/types";
import { AppError } from "../../errors";
import {
  costOf,
  finishRun,
  inTenant,
  loadAgentRuntime,
  MAX_STEPS,
  modelFor,
  newRunId,
  startRun,
  systemPromptFor,
  toolsFor,
  type Access,
  type ServiceCtx,
} from "./agent-runtime";
import { findAgent } from "./agents";

export type AgentTaskOptions = {
  /** Hand-offs deep this run is: 0 for a workflow step or a chat, parent's + 1 for agents.delegate. */
  depth: number;
  /** The run that asked (agents.delegate); the delegated run points at it. */
  parentRunId?: string | null;
  /** Settles once the asking run's row is written, when it is written alongside. */
  runRecorded?: Promise<unknown>;
  signal?: AbortSignal;
  /** Each piece of the answer's text as the model streams it. */
  onToken?: (text: string) => void;
  /** Kept on the run's audit event: where the task came from. */
  audit: Record<string, unknown>;
};

export type AgentTaskResult = {
  agent: string;
  status: "succeeded" | "failed" | "aborted";
  answer: string;
  runId: string;
  toolsUsed: string[];
  usage: { inputTokens: number; outputTokens: number; costUsd: number };
  error: string | null;
};

/**
 * Runs one task on an agent to completion — its model, system prompt and tools — streaming the
 * answer's text to `onToken`, and records the run like a chat's (tokens, cost, tool calls,
 * audited). Used by agents.delegate and by workflow agent steps. A failure is returned, not thrown,
 * with the run marked failed (or aborted when `signal` stopped it).
 */
export async function runAgentTask(
  access: Access,
  pick: (service: ServiceCtx) => Promise<TAgent>,
  task: string,
  options: AgentTaskOptions,
): Promise<AgentTaskResult> {
  const runId = newRunId();
  await options.runRecorded;
  const runtime = await inTenant(access, async (service) => {
    const loaded = await loadAgentRuntime(service, await pick(service));
    await startRun(service, {
      runId,
      runtime: loaded,
      parentRunId: options.parentRunId ?? null,
      depth: options.depth,
      audit: options.audit,
    });
    return loaded;
  });

  const toolCalls: ToolCallRecord[] = [];
  const started = performance.now();
  const toolCtx: ToolContext = {
    organizationId: access.organizationId,
    actor: access.actor,
    agentId: runtime.agent.id,
    runId,
    depth: options.depth,
    ...(options.signal && { abortSignal: options.signal }),
  };
  const tools = toolsFor(runtime, toolCtx, { onCall: (record) => void toolCalls.push(record) });
  let answer = "";
  let firstTokenMs: number | null = null;
  let usage = { inputTokens: 0, outputTokens: 0 };
  let error: string | null = null;
  try {
    const result = streamText({
      model: modelFor(runtime),
      system: systemPromptFor(runtime),
      prompt: task,
      tools,
      temperature: runtime.agent.temperature,
      stopWhen: stepCountIs(MAX_STEPS),
      maxRetries: 3,
      abortSignal: options.signal,
    });
    for await (const part of result.fullStream) {
      if (part.type === "text-delta") {
        firstTokenMs ??= Math.round(performance.now() - started);
        answer += part.text;
        options.onToken?.(part.text);
      } else if (part.type === "error") {
        throw part.error;
      }
    }
    const total = await result.totalUsage;
    usage = { inputTokens: total.inputTokens ?? 0, outputTokens: total.outputTokens ?? 0 };
  } catch (thrown) {
    error = options.signal?.aborted ? "Stopped before it finished." : describeModelError(thrown);
  }
  const status: AgentTaskResult["status"] = !error ? "succeeded" : options.signal?.aborted ? "aborted" : "failed";
  await inTenant(access, (service) =>
    finishRun(service, runId, runtime, {
      status,
      error,
      ...usage,
      latencyMs: Math.round(performance.now() - started),
      firstTokenMs,
      toolCalls,
    }),
  );
  return {
    agent: runtime.agent.name,
    status,
    answer,
    runId,
    toolsUsed: toolCalls.map((call) => call.name),
    usage: { ...usage, costUsd: costOf(runtime, usage) },
    error,
  };
}

/** An agent of the agency by id, for callers that hold one (a workflow step); a clear error otherwise. */
export const agentById = (id: string) => (service: ServiceCtx) =>
  findAgent(service, id).catch(() => {
    throw new AppError("NOT_FOUND", "The agent this step runs was deleted or is not in this agency; choose another.");
  });
