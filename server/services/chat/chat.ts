import {
  convertToModelMessages,
  createIdGenerator,
  createUIMessageStream,
  createUIMessageStreamResponse,
  stepCountIs,
  streamText,
  type LanguageModelUsage,
  type UIMessage,
} from "ai";
import { renderPrompt } from "@/lib/agents/prompt";
import type { TChatRequest } from "@/lib/schemas/chat";
import type { OrgContext } from "../../api/trpc";
import { callCost } from "../../ai/cost";
import { languageModelFor } from "../../ai/language-model";
import { createOfflineModel, OFFLINE_MODEL_ID } from "../../ai/offline-model";
import { describeModelError } from "../../ai/provider-errors";
import { toAiSdkTools, type ToolCallRecord } from "../../ai/tools";
import { recordAudit } from "../../audit/record";
import { withDb } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { notFound } from "../../errors";
import { getAgent } from "../agents/agents";
import { providerConnection } from "../providers/providers";

type Access = Omit<OrgContext, "db">;
type ServiceCtx = Pick<OrgContext, "db" | "organizationId" | "actor">;

const newMessageId = createIdGenerator({ prefix: "msg", size: 16 });

/** Most steps (model calls) one message may take: tool call, result, answer, and some room. */
const MAX_STEPS = 5;

const inTenant = <T>(access: Access, fn: (ctx: ServiceCtx) => Promise<T>) =>
  withDb({ organizationId: access.organizationId, userId: access.actor.userId ?? undefined }, (db) =>
    fn({ db, organizationId: access.organizationId, actor: access.actor }),
  );

/** Opens (or continues) the person's conversation with the agent and saves their message. */
async function saveUserTurn(ctx: ServiceCtx, agentId: string, input: TChatRequest) {
  const userId = ctx.actor.userId ?? "";
  let conversationId = input.conversationId;
  if (conversationId) {
    const conversation = await ctx.db.conversation.findFirst({
      where: { id: conversationId, userId, agentId },
      select: { id: true },
    });
    if (!conversation) throw notFound("That conversation");
  } else {
    const text = input.message.parts
      .map((part) => part.text)
      .join(" ")
      .trim();
    const created = await ctx.db.conversation.create({
      data: { organizationId: ctx.organizationId, agentId, userId, title: text.slice(0, 80) || "New conversation" },
      select: { id: true },
    });
    conversationId = created.id;
  }
  await ctx.db.chatMessage.create({
    data: {
      id: input.message.id,
      organizationId: ctx.organizationId,
      conversationId,
      role: "user",
      parts: input.message.parts as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  await ctx.db.conversation.update({
    where: { id: conversationId },
    data: { updatedAt: new Date() },
    select: { id: true },
  });
  return conversationId;
}

async function loadHistory(ctx: ServiceCtx, conversationId: string, window: number): Promise<UIMessage[]> {
  const rows = await ctx.db.chatMessage.findMany({
    where: { conversationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.max(1, window),
    select: { id: true, role: true, parts: true },
  });
  return rows
    .reverse()
    .map((row) => ({ id: row.id, role: row.role as UIMessage["role"], parts: row.parts as UIMessage["parts"] }));
}

type RunOutcome = {
  responseMessage: UIMessage;
  status: "complete" | "incomplete" | "error";
  error: string | null;
  usage: LanguageModelUsage | undefined;
};

/**
 * Streams an agent's answer to the person's message as an AI SDK UI message stream.
 * The user's message is saved before the model is called; the answer is saved when the
 * stream ends, whole, or partial and marked incomplete when it was stopped or broke off,
 * with the run's tokens, cost, latency and tool calls.
 */
export async function streamAgentChat(
  access: Access,
  agentId: string,
  input: TChatRequest,
  abortSignal?: AbortSignal,
): Promise<Response> {
  const prepared = await inTenant(access, async (ctx) => {
    const agent = await getAgent(ctx, agentId);
    const connection = agent.providerId ? await providerConnection(ctx, agent.providerId) : null;
    const conversationId = await saveUserTurn(ctx, agent.id, input);
    const history = await loadHistory(ctx, conversationId, agent.memoryWindow);
    const organization = await ctx.db.organization.findFirst({
      where: { id: ctx.organizationId },
      select: { name: true },
    });
    await ctx.db.agent.update({ where: { id: agent.id }, data: { status: "busy" }, select: { id: true } });
    await recordAudit(ctx.db, ctx.organizationId, ctx.actor, {
      action: "agent.run",
      targetType: "agent",
      targetId: agent.id,
      after: { conversationId, messageId: input.message.id },
    });
    return { agent, connection, conversationId, history, agencyName: organization?.name ?? "" };
  });
  const { agent, connection, conversationId, history } = prepared;
  const modelId = connection ? (agent.model ?? connection.defaultModel) : OFFLINE_MODEL_ID;
  const model = connection ? languageModelFor(connection, modelId) : createOfflineModel({ tokenDelayMs: 12 });

  const toolCalls: ToolCallRecord[] = [];
  const tools = toAiSdkTools(
    { organizationId: access.organizationId, actor: access.actor, agentId: agent.id },
    agent.tools,
    {
      onCall: (record) => {
        toolCalls.push(record);
      },
    },
  );
  const system = renderPrompt(agent.systemPrompt, {
    ...agent.variables,
    agency_name: prepared.agencyName,
    today: new Date().toISOString().slice(0, 10),
    client_name: null,
  });

  const started = performance.now();
  let firstTokenMs: number | null = null;
  let failure: string | null = null;
  let aborted = false;
  const stepTokens = { input: 0, output: 0 };
  const result = streamText({
    model,
    system,
    messages: await convertToModelMessages(history, { tools, ignoreIncompleteToolCalls: true }),
    tools,
    temperature: agent.temperature,
    stopWhen: stepCountIs(MAX_STEPS),
    maxRetries: 3,
    abortSignal,
    // Steps that finished are paid for even if a later one is stopped or fails.
    onStepFinish: ({ usage }) => {
      stepTokens.input += usage.inputTokens ?? 0;
      stepTokens.output += usage.outputTokens ?? 0;
    },
    onChunk: ({ chunk }) => {
      if (firstTokenMs === null && chunk.type === "text-delta") firstTokenMs = Math.round(performance.now() - started);
    },
    onError: ({ error }) => {
      failure ??= describeModelError(error);
    },
    onAbort: () => {
      aborted = true;
    },
  });

  const persist = async (outcome: RunOutcome) => {
    const inputTokens = outcome.usage?.inputTokens ?? stepTokens.input;
    const outputTokens = outcome.usage?.outputTokens ?? stepTokens.output;
    await inTenant(access, async (ctx) => {
      await ctx.db.chatMessage.create({
        data: {
          id: outcome.responseMessage.id,
          organizationId: ctx.organizationId,
          conversationId,
          role: "assistant",
          parts: outcome.responseMessage.parts as Prisma.InputJsonValue,
          status: outcome.status,
          error: outcome.error,
        },
        select: { id: true },
      });
      const run = await ctx.db.agentRun.create({
        data: {
          organizationId: ctx.organizationId,
          agentId: agent.id,
          messageId: outcome.responseMessage.id,
          userId: access.actor.userId,
          providerId: agent.providerId,
          model: modelId,
          status: outcome.status === "complete" ? "succeeded" : outcome.status === "error" ? "failed" : "aborted",
          error: outcome.error,
          inputTokens,
          outputTokens,
          costUsd: callCost(connection?.models, modelId, { inputTokens, outputTokens }),
          latencyMs: Math.round(performance.now() - started),
          firstTokenMs,
        },
        select: { id: true },
      });
      for (const call of toolCalls) {
        await ctx.db.toolCallRecord.create({
          data: {
            organizationId: ctx.organizationId,
            runId: run.id,
            toolCallId: call.toolCallId,
            name: call.name,
            input: (call.input ?? null) as Prisma.InputJsonValue,
            output: (call.output ?? null) as Prisma.InputJsonValue,
            error: call.error,
            durationMs: call.durationMs,
          },
        });
      }
      await ctx.db.agent.update({
        where: { id: agent.id },
        data: { status: outcome.status === "error" ? "error" : "idle", lastError: outcome.error },
        select: { id: true },
      });
    });
  };

  // The model's stream goes through createUIMessageStream so that a provider breaking off
  // mid-answer ends the response with an error part (not a broken stream) and the partial
  // answer still reaches onFinish to be saved.
  const stream = createUIMessageStream({
    originalMessages: history,
    generateId: newMessageId,
    execute: ({ writer }) => {
      writer.merge(
        result.toUIMessageStream({
          messageMetadata: ({ part }) =>
            part.type === "start"
              ? { conversationId, model: modelId, offline: !connection }
              : part.type === "finish"
                ? {
                    usage: part.totalUsage,
                    costUsd: callCost(connection?.models, modelId, {
                      inputTokens: part.totalUsage.inputTokens ?? 0,
                      outputTokens: part.totalUsage.outputTokens ?? 0,
                    }),
                  }
                : undefined,
          onError: (error) => (failure ??= describeModelError(error)),
        }),
      );
    },
    onError: (error) => (failure ??= describeModelError(error)),
    onFinish: async ({ responseMessage, isAborted }) => {
      const usage = await Promise.resolve(result.totalUsage).catch(() => undefined);
      const stopped = isAborted || aborted || Boolean(abortSignal?.aborted);
      const status = failure ? "error" : stopped ? "incomplete" : "complete";
      await persist({ responseMessage, status, error: failure, usage }).catch((error: unknown) => {
        console.error("saving the agent's answer failed:", error);
      });
    },
  });
  return createUIMessageStreamResponse({ stream, headers: { "x-conversation-id": conversationId } });
}
