import {
  convertToModelMessages,
  createIdGenerator,
  createUIMessageStream,
  createUIMessageStreamResponse,
  stepCountIs,
  streamText,
  type LanguageModelUsage,
  type UIMessage,
  type UIMessageStreamWriter,
} from "ai";
import type { TChatRequest } from "@/lib/schemas/chat";
import { describeModelError } from "../../ai/provider-errors";
import type { ToolCallRecord } from "../../ai/tools";
import type { Prisma } from "../../db/generated/client";
import { AppError, notFound } from "../../errors";
import {
  costOf,
  finishRun,
  cachedAgentRuntime,
  inTenant,
  MAX_STEPS,
  modelFor,
  newRunId,
  startRun,
  systemPromptFor,
  toolsFor,
  type Access,
  type AgentRuntime,
  type ServiceCtx,
} from "../agents/agent-runtime";
import {
  cacheableText,
  cacheKey,
  readCachedAnswer,
  writeCachedAnswer,
  type CachedAnswer,
} from "../agents/response-cache";

const newMessageId = createIdGenerator({ prefix: "msg", size: 16 });
const newConversationId = createIdGenerator({ prefix: "conv", size: 16 });

/** The message being answered and what came before it, as read before the model is called. */
type Turn = {
  /** null for the first message: the conversation is opened when the turn is saved. */
  conversationId: string | null;
  /** The messages before this one, oldest first, at most the agent's memory window. */
  history: UIMessage[];
  /** Set when the message was sent before (edit-and-resend, regenerate): where it sits. */
  resent: { createdAt: Date } | null;
};

/** Messages after `message` in its conversation (by time, then id). */
const laterThan = (message: { id: string; createdAt: Date }) => ({
  OR: [{ createdAt: { gt: message.createdAt } }, { createdAt: message.createdAt, id: { gt: message.id } }],
});

/**
 * Reads the conversation the message continues. A message id already in the conversation is a
 * resend: the answer is made again from the history before it (regenerate), with its text
 * replaced (edit-and-resend).
 */
async function readTurn(ctx: ServiceCtx, agentId: string, input: TChatRequest, window: number): Promise<Turn> {
  const conversationId = input.conversationId;
  if (!conversationId) return { conversationId: null, history: [], resent: null };
  const conversation = await ctx.db.conversation.findFirst({
    where: { id: conversationId, userId: ctx.actor.userId ?? "", agentId },
    select: { id: true },
  });
  if (!conversation) throw notFound("That conversation");
  const sent = await ctx.db.chatMessage.findFirst({
    where: { id: input.message.id },
    select: { id: true, conversationId: true, role: true, createdAt: true },
  });
  if (sent && (sent.conversationId !== conversationId || sent.role !== "user")) {
    throw new AppError("CONFLICT", "That message id is already taken by another message; send it as a new message.");
  }
  const rows = await ctx.db.chatMessage.findMany({
    where: { conversationId, ...(sent && { NOT: { OR: [{ id: sent.id }, laterThan(sent)] } }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.max(0, window - 1),
    select: { id: true, role: true, parts: true },
  });
  const history = rows
    .reverse()
    .map((row) => ({ id: row.id, role: row.role as UIMessage["role"], parts: row.parts as UIMessage["parts"] }));
  return { conversationId, history, resent: sent ? { createdAt: sent.createdAt } : null };
}

type SaveTurn = { conversationId: string; isNew: boolean; runId: string; runtime: AgentRuntime; turn: Turn };

/**
 * Saves the person's message (opening the conversation on the first one; on a resend, replacing
 * its text and dropping every later message) and records the run as started.
 */
async function saveTurn(
  ctx: ServiceCtx,
  input: TChatRequest,
  { conversationId, isNew, runId, runtime, turn }: SaveTurn,
) {
  const message = input.message;
  const parts = message.parts as Prisma.InputJsonValue;
  if (isNew) {
    const title = message.parts
      .map((part) => part.text)
      .join(" ")
      .trim()
      .slice(0, 80);
    await ctx.db.conversation.create({
      data: {
        id: conversationId,
        organizationId: ctx.organizationId,
        agentId: runtime.agent.id,
        userId: ctx.actor.userId ?? "",
        title: title || "New conversation",
      },
      select: { id: true },
    });
  }
  if (turn.resent) {
    await ctx.db.chatMessage.update({ where: { id: message.id }, data: { parts }, select: { id: true } });
    await ctx.db.chatMessage.deleteMany({
      where: { conversationId, ...laterThan({ id: message.id, createdAt: turn.resent.createdAt }) },
    });
  } else {
    await ctx.db.chatMessage.create({
      data: { id: message.id, organizationId: ctx.organizationId, conversationId, role: "user", parts },
      select: { id: true },
    });
  }
  if (!isNew) {
    await ctx.db.conversation.update({
      where: { id: conversationId },
      data: { updatedAt: new Date() },
      select: { id: true },
    });
  }
  await startRun(ctx, {
    runId,
    runtime,
    audit: { conversationId, messageId: message.id, ...(turn.resent && { resent: true }) },
  });
}

/** Streams a cached answer the way the model would have: one step of text. */
function writeCachedAnswerStream(writer: UIMessageStreamWriter, answer: CachedAnswer, start: Record<string, unknown>) {
  writer.write({ type: "start", messageMetadata: { ...start, cached: true } });
  writer.write({ type: "start-step" });
  writer.write({ type: "text-start", id: "cached" });
  writer.write({ type: "text-delta", id: "cached", delta: answer.text });
  writer.write({ type: "text-end", id: "cached" });
  writer.write({ type: "finish-step" });
  writer.write({
    type: "finish",
    finishReason: "stop",
    messageMetadata: { usage: { inputTokens: 0, outputTokens: 0 }, costUsd: 0, cached: true },
  });
}

type Answer = {
  responseMessage: UIMessage;
  status: "complete" | "incomplete" | "error";
  error: string | null;
  inputTokens: number;
  outputTokens: number;
  firstTokenMs: number | null;
  cacheHit: boolean;
};

/**
 * Streams an agent's answer to the person's message as an AI SDK UI message stream.
 *
 * Everything the model call needs is read first, in one short transaction; the model is called
 * straight away while the person's message and the started run are written alongside (so the
 * writes and the audit chain add nothing to the time to first token). The answer is saved when
 * the stream ends — whole, or partial and marked incomplete when it was stopped or broke off —
 * with the run's tokens, cost, latency and tool calls. With the agent's response cache on, an
 * exact repeat is answered from the cache without calling the model.
 */
export async function streamAgentChat(
  access: Access & { organization?: { name: string } },
  agentId: string,
  input: TChatRequest,
  abortSignal?: AbortSignal,
): Promise<Response> {
  const runId = newRunId();
  const toolCalls: ToolCallRecord[] = [];
  const controller = new AbortController();
  // Tools that point at this run's row (agents.delegate) wait until it is written: that happens
  // alongside the model call, not before it.
  let recordTurn: () => void = () => undefined;
  const turnRecorded = new Promise<void>((resolve) => (recordTurn = resolve));
  const signal = abortSignal ? AbortSignal.any([abortSignal, controller.signal]) : controller.signal;

  // A new conversation with an agent in the configuration cache reads nothing before the call.
  const runtime = await cachedAgentRuntime(access, agentId);
  const { agent } = runtime;
  // The conversation so far and the cached answer, when there is either, in one transaction.
  const prepare = async (ctx: ServiceCtx | null) => {
    const turn: Turn = ctx
      ? await readTurn(ctx, agent.id, input, agent.memoryWindow)
      : { conversationId: null, history: [], resent: null };
    const history: UIMessage[] = [...turn.history, { id: input.message.id, role: "user", parts: input.message.parts }];
    const tools = toolsFor(
      runtime,
      {
        organizationId: access.organizationId,
        actor: access.actor,
        agentId: agent.id,
        runId,
        runRecorded: turnRecorded,
        depth: 0,
        abortSignal: signal,
      },
      { onCall: (record) => void toolCalls.push(record) },
    );
    const system = systemPromptFor(runtime);
    const messages = await convertToModelMessages(history, { tools, ignoreIncompleteToolCalls: true });
    const key = agent.cacheTtlSeconds
      ? cacheKey({
          providerId: agent.providerId,
          modelId: runtime.modelId,
          temperature: agent.temperature,
          system,
          tools: agent.tools,
          messages,
        })
      : null;
    // Regenerate asks for a new answer, so a resend never takes the cached one.
    const cached = ctx && key && !turn.resent ? await readCachedAnswer(ctx.db, agent.id, key) : null;
    return { turn, history, tools, system, messages, key, cached };
  };
  const { turn, history, tools, system, messages, key, cached } =
    input.conversationId || agent.cacheTtlSeconds ? await inTenant(access, prepare) : await prepare(null);
  const conversationId = turn.conversationId ?? newConversationId();
  const offline = !runtime.connection;

  // The turn is written once the model's first chunk is on its way (or it fails, or a second
  // passes): the writes then cost the first token nothing, not even event-loop time.
  let saving: Promise<void> | null = null;
  let savingBegan: () => void = () => undefined;
  const savingStarted = new Promise<void>((resolve) => (savingBegan = resolve));
  const saveTurnNow = () => {
    if (!saving) {
      savingBegan();
      saving = inTenant(access, (ctx) =>
        saveTurn(ctx, input, { conversationId, isNew: !turn.conversationId, runId, runtime, turn }),
      );
      saving.then(recordTurn, recordTurn);
      // Nothing may be answered that is not kept: if the message cannot be saved, the call stops.
      saving.catch(() => controller.abort());
    }
    return saving;
  };
  const saveSoon = () => void setImmediate(saveTurnNow);
  setTimeout(saveTurnNow, 1000).unref();
  if (cached) saveTurnNow();

  const started = performance.now();
  let firstTokenMs: number | null = null;
  let failure: string | null = null;
  let aborted = false;
  const stepTokens = { input: 0, output: 0 };
  const result = cached
    ? null
    : streamText({
        model: modelFor(runtime),
        system,
        messages,
        tools,
        temperature: agent.temperature,
        stopWhen: stepCountIs(MAX_STEPS),
        maxRetries: 3,
        abortSignal: signal,
        // Steps that finished are paid for even if a later one is stopped or fails.
        onStepFinish: ({ usage }) => {
          stepTokens.input += usage.inputTokens ?? 0;
          stepTokens.output += usage.outputTokens ?? 0;
        },
        onChunk: ({ chunk }) => {
          saveSoon();
          if (firstTokenMs === null && chunk.type === "text-delta")
            firstTokenMs = Math.round(performance.now() - started);
        },
        onError: ({ error }) => {
          saveSoon();
          failure ??= describeModelError(error);
        },
        onAbort: () => {
          saveSoon();
          aborted = true;
        },
        onFinish: saveSoon,
      });

  const persist = async (answer: Answer) => {
    try {
      await saveTurnNow();
    } catch (error) {
      console.error("saving the person's message failed; the answer is not kept:", error);
      return;
    }
    await inTenant(access, async (ctx) => {
      await ctx.db.chatMessage.create({
        data: {
          id: answer.responseMessage.id,
          organizationId: ctx.organizationId,
          conversationId,
          role: "assistant",
          parts: answer.responseMessage.parts as Prisma.InputJsonValue,
          status: answer.status,
          error: answer.error,
        },
        select: { id: true },
      });
      await finishRun(ctx, runId, runtime, {
        status: answer.status === "complete" ? "succeeded" : answer.status === "error" ? "failed" : "aborted",
        error: answer.error,
        inputTokens: answer.inputTokens,
        outputTokens: answer.outputTokens,
        latencyMs: Math.round(performance.now() - started),
        firstTokenMs: answer.firstTokenMs,
        cacheHit: answer.cacheHit,
        messageId: answer.responseMessage.id,
        toolCalls,
      });
      const text = cacheableText(answer.responseMessage.parts);
      if (key && agent.cacheTtlSeconds && !answer.cacheHit && answer.status === "complete" && text !== null) {
        await writeCachedAnswer(ctx.db, {
          organizationId: ctx.organizationId,
          agentId: agent.id,
          key,
          text,
          inputTokens: answer.inputTokens,
          outputTokens: answer.outputTokens,
          ttlSeconds: agent.cacheTtlSeconds,
        });
      }
    });
  };

  const start = { conversationId, model: runtime.modelId, offline };
  // The model's stream goes through createUIMessageStream so that a provider breaking off
  // mid-answer ends the response with an error part (not a broken stream) and the partial
  // answer still reaches onFinish to be saved.
  const stream = createUIMessageStream({
    originalMessages: history,
    generateId: newMessageId,
    execute: async ({ writer }) => {
      if (cached) {
        firstTokenMs = Math.round(performance.now() - started);
        writeCachedAnswerStream(writer, cached, start);
      } else if (result) {
        writer.merge(
          result.toUIMessageStream({
            messageMetadata: ({ part }) =>
              part.type === "start"
                ? start
                : part.type === "finish"
                  ? {
                      usage: part.totalUsage,
                      costUsd: costOf(runtime, {
                        inputTokens: part.totalUsage.inputTokens ?? 0,
                        outputTokens: part.totalUsage.outputTokens ?? 0,
                      }),
                    }
                  : undefined,
            onError: (error) => (failure ??= describeModelError(error)),
          }),
        );
      }
      await savingStarted;
      await saveTurnNow().catch((error: unknown) => {
        failure = "Your message could not be saved, so the answer was stopped. Nothing was kept; try again.";
        console.error("saving the person's message failed:", error);
        writer.write({ type: "error", errorText: failure });
      });
    },
    onError: (error) => (failure ??= describeModelError(error)),
    onFinish: async ({ responseMessage, isAborted }) => {
      const usage: LanguageModelUsage | undefined = result
        ? await Promise.resolve(result.totalUsage).catch(() => undefined)
        : undefined;
      const stopped = isAborted || aborted || Boolean(abortSignal?.aborted);
      await persist({
        responseMessage,
        status: failure ? "error" : stopped ? "incomplete" : "complete",
        error: failure,
        inputTokens: usage?.inputTokens ?? stepTokens.input,
        outputTokens: usage?.outputTokens ?? stepTokens.output,
        firstTokenMs,
        cacheHit: Boolean(cached),
      }).catch((error: unknown) => {
        console.error("saving the agent's answer failed:", error);
      });
    },
  });
  return createUIMessageStreamResponse({ stream, headers: { "x-conversation-id": conversationId } });
}
