"use client";

import { useChat } from "@ai-sdk/react";
import { DefaultChatTransport } from "ai";
import { useMemo, useRef, useState } from "react";
import { chatRequest } from "./chat-request";
import { undoRefusedTurn, type ChatTurn } from "./chat-turn";
import { ZChatMetadata, type ChatMessage, type MessageEdit } from "./chat-types";
import { readChatError } from "./read-chat-error";

type Options = {
  agentId: string;
  /** null until the server has opened the conversation, on the first message. */
  conversationId: string | null;
  initialMessages: ChatMessage[];
  /** The server opened a conversation for the first message (from `x-conversation-id`). */
  onConversationStarted: (conversationId: string) => void;
  /** A request ended, however it ended: the saved conversation has changed. */
  onSettled: () => void;
  /** The message was refused before any answer and not kept: here is its text back. */
  onRefused: (draft: string) => void;
  /** An edit was refused before any answer and not kept: here is the edited text back. */
  onEditRefused: (edit: MessageEdit) => void;
};

/**
 * `useChat` wired to `POST /api/agents/<id>/chat`, plus what the page learns on the way:
 * which answers were stopped or failed here, and an error that came before any answer.
 * Besides sending, the person may resend one of their messages edited, or have the last answer
 * written again; both reuse the message's id, which tells the server to replace it.
 */
export function useAgentChat({
  agentId,
  conversationId,
  initialMessages,
  onConversationStarted,
  onSettled,
  onRefused,
  onEditRefused,
}: Options) {
  // Keyed by answer id and never pruned: a replaced answer's id is simply not shown any more, and
  // when a refused edit or regenerate puts the old answers back, they come back as they ended.
  const [stopped, setStopped] = useState<ReadonlySet<string>>(() => new Set());
  const [failures, setFailures] = useState<ReadonlyMap<string, string>>(() => new Map());
  const [requestError, setRequestError] = useState<string | null>(null);
  const lastError = useRef("");
  const turn = useRef<ChatTurn>({ kind: "send" });

  const transport = useMemo(
    () =>
      new DefaultChatTransport<ChatMessage>({
        api: `/api/agents/${encodeURIComponent(agentId)}/chat`,
        prepareSendMessagesRequest: ({ messages }) => ({ body: chatRequest(conversationId, messages) }),
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          const started = response.headers.get("x-conversation-id");
          if (started && started !== conversationId) onConversationStarted(started);
          return response;
        },
      }),
    [agentId, conversationId, onConversationStarted],
  );

  const chat = useChat<ChatMessage>({
    messages: initialMessages,
    transport,
    messageMetadataSchema: ZChatMetadata,
    experimental_throttle: 40,
    onError: (error) => {
      lastError.current = readChatError(error);
    },
    onFinish: ({ message, messages, isAbort, isError }) => {
      const shown = messages.some((m) => m.id === message.id);
      if (isAbort && shown) setStopped((ids) => new Set(ids).add(message.id));
      if (isError && shown) setFailures((map) => new Map(map).set(message.id, lastError.current));
      if (isError && !shown) {
        // Refused before any answer: the server kept nothing, so show what it still has.
        const undone = undoRefusedTurn(turn.current, messages);
        if (undone.messages !== messages) chat.setMessages(undone.messages);
        if (undone.draft !== null) onRefused(undone.draft);
        if (undone.edit) onEditRefused(undone.edit);
        setRequestError(lastError.current);
      }
      onSettled();
    },
  });

  const send = (text: string) => {
    setRequestError(null);
    turn.current = { kind: "send" };
    void chat.sendMessage({ text });
  };
  /** Resends the person's message `edit.messageId` with new text; the messages after it go. */
  const edit = (next: MessageEdit) => {
    setRequestError(null);
    turn.current = { kind: "edit", edit: next, before: chat.messages };
    void chat.sendMessage({ text: next.text, messageId: next.messageId });
  };
  /** Drops the answer `answerId` (the last message) and asks again with the message before it. */
  const regenerate = (answerId: string) => {
    setRequestError(null);
    turn.current = { kind: "regenerate", before: chat.messages };
    void chat.regenerate({ messageId: answerId });
  };

  return {
    messages: chat.messages,
    status: chat.status,
    busy: chat.status === "submitted" || chat.status === "streaming",
    send,
    edit,
    regenerate,
    stop: () => void chat.stop(),
    stopped,
    failures,
    requestError,
  };
}
