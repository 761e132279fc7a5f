import { z } from "zod";
import { ZId } from "./clients";

/** A person's message as the chat UI sends it: text only, for now. */
export const ZUserChatMessage = z
  .object({
    id: z.string().trim().min(1).max(100),
    role: z.literal("user"),
    parts: z
      .array(
        z.object({
          type: z.literal("text"),
          text: z.string().max(20_000, "Messages may be at most 20,000 characters."),
        }),
      )
      .min(1, "Write a message first."),
  })
  .refine((message) => message.parts.some((part) => part.text.trim()), "Write a message first.");

/**
 * `POST /api/agents/<id>/chat`: the new message and, after the first, the conversation it
 * continues. A message id already in the conversation resends that message: its text is
 * replaced and every later message dropped before the agent answers (regenerate, edit-and-resend).
 */
export const ZChatRequest = z.object({ conversationId: ZId.optional(), message: ZUserChatMessage }).strict();
export type TChatRequest = z.infer<typeof ZChatRequest>;

export const ZConversationSummary = z.object({
  id: z.string(),
  agentId: z.string(),
  title: z.string(),
  messageCount: z.number().int(),
  updatedAt: z.date(),
});
export type TConversationSummary = z.infer<typeof ZConversationSummary>;

export const ZListConversationsInput = z
  .object({ agentId: ZId, search: z.string().trim().max(100).optional() })
  .strict();

export const ZStoredChatMessage = z.object({
  id: z.string(),
  role: z.enum(["user", "assistant", "system"]),
  /** The AI SDK UI message parts, as streamed (text, tool calls with input and output…). */
  parts: z.array(z.record(z.string(), z.unknown())),
  status: z.enum(["complete", "incomplete", "error"]),
  error: z.string().nullable(),
  usage: z
    .object({
      model: z.string(),
      inputTokens: z.number().int(),
      outputTokens: z.number().int(),
      costUsd: z.number(),
      /** Answered from the agent's response cache: no model call, no cost. */
      cacheHit: z.boolean(),
    })
    .nullable(),
  createdAt: z.date(),
});
export type TStoredChatMessage = z.infer<typeof ZStoredChatMessage>;

export const ZConversation = z.object({
  id: z.string(),
  agentId: z.string(),
  title: z.string(),
  messages: z.array(ZStoredChatMessage),
});

export const ZRenameConversationInput = z
  .object({ id: ZId, title: z.string().trim().min(1, "Give the conversation a title.").max(120) })
  .strict();
