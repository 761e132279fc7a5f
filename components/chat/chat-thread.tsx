"use client";

import { skipToken, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { useTRPC } from "@/lib/trpc/react";
import { answerState } from "./answer-state";
import { ChatComposer } from "./chat-composer";
import { ChatMessageList } from "./chat-message-list";
import type { ChatMessage } from "./chat-types";
import { useAgentChat } from "./use-agent-chat";
import { FormAlert } from "@/components/ui/form-alert";

type Props = {
  agent: { id: string; name: string };
  conversationId: string | null;
  initialMessages: ChatMessage[];
  onConversationStarted: (conversationId: string) => void;
};

/** One conversation: its messages as they stream, each answer's outcome and usage, and the composer. */
export function ChatThread({ agent, conversationId, initialMessages, onConversationStarted }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState("");
  // The saved copy tells each answer's status, error and cost; it is refetched after every answer.
  const stored = useQuery(trpc.conversations.get.queryOptions(conversationId ? { id: conversationId } : skipToken));

  const started = useCallback(
    (id: string) => {
      onConversationStarted(id);
      void queryClient.invalidateQueries(trpc.conversations.list.pathFilter());
    },
    [onConversationStarted, queryClient, trpc],
  );
  const chat = useAgentChat({
    agentId: agent.id,
    conversationId,
    initialMessages,
    onConversationStarted: started,
    onSettled: () => void queryClient.invalidateQueries(trpc.conversations.pathFilter()),
    onRefused: (text) => setDraft((current) => current || text),
  });

  const storedById = new Map(stored.data?.messages.map((message) => [message.id, message]));
  const lastId = chat.messages.at(-1)?.id;
  const answers = new Map(
    chat.messages
      .filter((message) => message.role === "assistant")
      .map((message) => [
        message.id,
        answerState(message, {
          streaming: chat.busy && message.id === lastId,
          stored: storedById.get(message.id),
          stopped: chat.stopped.has(message.id),
          failure: chat.failures.get(message.id),
        }),
      ]),
  );

  return (
    <section aria-label="Conversation" className="flex min-h-0 flex-1 flex-col gap-3">
      <ChatMessageList agentName={agent.name} messages={chat.messages} answers={answers} status={chat.status} />
      <FormAlert>{chat.requestError}</FormAlert>
      <ChatComposer
        value={draft}
        onChange={setDraft}
        busy={chat.busy}
        onSend={() => {
          chat.send(draft.trim());
          setDraft("");
        }}
        onStop={chat.stop}
      />
    </section>
  );
}
