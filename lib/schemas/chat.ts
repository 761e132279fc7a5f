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

/** `POST /api/agents/<id>/chat`: the new message and, after the first, the conversation it continues. */
export const ZChatRequest = z.object({ conversationId: ZId.optional(), message: ZUserChatMessage }).strict();
export type TChatRequest = z.infer<typeof ZChatRequest>;
