import type { TChatRequest } from "@/lib/schemas/chat";
import type { ChatMessage } from "./chat-types";

/**
 * The body for `POST /api/agents/<id>/chat`: only the person's latest message, since the server
 * keeps the history. For a new message that is the one just added; for an edit (`sendMessage` with
 * `messageId`) and a regenerate, `useChat` has already dropped everything after it, and the id it
 * was first sent with is what tells the server to replace it and what followed it.
 */
export function chatRequest(conversationId: string | null, messages: readonly ChatMessage[]): TChatRequest {
  const message = messages.findLast((candidate) => candidate.role === "user");
  const parts = (message?.parts ?? []).flatMap((part) =>
    part.type === "text" ? [{ type: "text" as const, text: part.text }] : [],
  );
  return {
    ...(conversationId ? { conversationId } : {}),
    message: { id: message?.id ?? "", role: "user", parts },
  };
}
