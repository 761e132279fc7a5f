import type { TStoredChatMessage } from "@/lib/schemas/chat";
import type { AnswerState, ChatMessage } from "./chat-types";

type Known = {
  /** This message is the one being streamed right now. */
  streaming: boolean;
  /** The saved copy, once the server has it. */
  stored: TStoredChatMessage | undefined;
  /** Stopped on this page (the saved copy may not be there yet). */
  stopped: boolean;
  /** The stream's error on this page, worded for people. */
  failure: string | undefined;
};

/**
 * An assistant message's status, error and usage: live facts from this page first (it is
 * streaming, it was stopped, it failed), then the saved copy, then the usage the stream sent
 * at its finish (tokens only: the cost is worked out when the answer is saved).
 */
export function answerState(message: ChatMessage, known: Known): AnswerState {
  const { stored } = known;
  const streamed = message.metadata?.usage;
  const usage = stored?.usage
    ? { inputTokens: stored.usage.inputTokens, outputTokens: stored.usage.outputTokens, costUsd: stored.usage.costUsd }
    : streamed
      ? { inputTokens: streamed.inputTokens ?? 0, outputTokens: streamed.outputTokens ?? 0, costUsd: null }
      : null;
  const cached = stored?.usage?.cacheHit ?? message.metadata?.cached ?? false;
  if (known.streaming) return { status: "streaming", error: null, usage, cached };
  if (known.failure !== undefined) return { status: "error", error: known.failure, usage, cached };
  if (known.stopped) return { status: "incomplete", error: null, usage, cached };
  return { status: stored?.status ?? "complete", error: stored?.error ?? null, usage, cached };
}
