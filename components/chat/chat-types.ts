import type { UIMessage } from "ai";
import { z } from "zod";
import type { TStoredChatMessage } from "@/lib/schemas/chat";

/**
 * What the chat route puts on an answer's metadata: the conversation, model and whether it is the
 * offline model at the start, the run's token usage at the finish.
 */
export const ZChatMetadata = z.object({
  conversationId: z.string().optional(),
  model: z.string().optional(),
  offline: z.boolean().optional(),
  /** Answered from the agent's response cache, without calling the model. */
  cached: z.boolean().optional(),
  usage: z.object({ inputTokens: z.number().nullish(), outputTokens: z.number().nullish() }).optional(),
});
export type TChatMetadata = z.infer<typeof ZChatMetadata>;

export type ChatMessage = UIMessage<TChatMetadata>;

/** Tokens and, once the answer is saved, what it cost; `costUsd` is null until then. */
export type AnswerUsage = { inputTokens: number; outputTokens: number; costUsd: number | null };

/** How an assistant message ended, as far as this page knows. */
export type AnswerState = {
  status: "streaming" | "complete" | "incomplete" | "error";
  /** The failure, worded for people, when `status` is "error". */
  error: string | null;
  usage: AnswerUsage | null;
  /** Replayed from the agent's response cache: no model call, nothing spent. */
  cached: boolean;
};

/** A message being edited: which of the person's messages, and its text so far. */
export type MessageEdit = { messageId: string; text: string };

/** What the person may do with the messages shown: edit theirs, have the last answer written again. */
export type MessageActions = {
  /** No answer is on its way: Edit and Regenerate are offered. */
  enabled: boolean;
  /** The message open for editing, if any: one at a time. */
  editing: MessageEdit | null;
  /** Opens a message for editing, keeps its text as it is typed, or closes it (null). */
  onEditingChange: (edit: MessageEdit | null) => void;
  onSaveEdit: (edit: MessageEdit) => void;
  onRegenerate: (answerId: string) => void;
};

/** A message's text parts, joined: what the person wrote. */
export function messageText(message: ChatMessage): string {
  return message.parts.map((part) => (part.type === "text" ? part.text : "")).join("");
}

/** A saved message as `useChat` takes it; system messages are the server's business and are left out. */
export function toChatMessages(stored: readonly TStoredChatMessage[]): ChatMessage[] {
  return stored
    .filter((message) => message.role !== "system")
    .map((message) => ({
      id: message.id,
      role: message.role,
      // The server saves the parts exactly as it streamed them, so they are UI message parts.
      parts: message.parts as unknown as ChatMessage["parts"],
    }));
}
