"use client";

import { useChat } from "@ai-sdk/react";
import { DefaultChatTransport } from "ai";
import { useMemo, useRef, useState } from "react";
import type { TChatRequest } from "@/lib/schemas/chat";
import { ZChatMetadata, type ChatMessage } from "./chat-types";
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
};

/** The request the route takes: only the new message, since the server keeps the history. */
function chatRequest(conversationId: string | null, messages: ChatMessage[]): TChatRequest {
  const message = messages.at(-1);
  const parts = (message?.parts ?? []).flatMap((part) =>
    part.type === "text" ? [{ type: "text" as const, text: part.text }] : [],
  );
  return {
    ...(conversationId ? { conversationId } : {}),
    message: { id: message?.id ?? "", role: "user", parts },
  };
}

/**
 * `useChat` wired to `POST /api/agents/<id>/chat`, plus what the page learns on the way:
 * which answers were stopped or failed here, and an error that came before any answer.
 */
export function useAgentChat({
  agentId,
  conversationId,
  initialMessages,
  onConversationStarted,
  onSettled,
  onRefused,
}: Options) {
  const [stopped, setStopped] = useState<ReadonlySet<string>>(() => new Set());
  const [failures, setFailures] = useState<ReadonlyMap<string, string>>(() => new Map());
  const [requestError, setRequestError] = useState<string | null>(null);
  const lastError = useRef("");

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
        // Refused before any answer: the server did not keep the message, so take it back out.
        const last = messages.at(-1);
        if (last?.role === "user") {
          chat.setMessages(messages.slice(0, -1));
          onRefused(last.parts.map((part) => (part.type === "text" ? part.text : "")).join(""));
        }
        setRequestError(lastError.current);
      }
      onSettled();
    },
  });

  const send = (text: string) => {
    setRequestError(null);
    void chat.sendMessage({ text });
  };

  return {
    messages: chat.messages,
    status: chat.status,
    busy: chat.status === "submitted" || chat.status === "streaming",
    send,
    stop: () => void chat.stop(),
    stopped,
    failures,
    requestError,
  };
}
