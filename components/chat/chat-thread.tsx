"use client";

import { skipToken, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { useTRPC } from "@/lib/trpc/react";
import { answerState } from "./answer-state";
import { ChatComposer } from "./chat-composer";
import { ChatMessageList } from "./chat-message-list";
import type { ChatMessage, MessageActions, MessageEdit } from "./chat-types";
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
  const [editing, setEditing] = useState<MessageEdit | null>(null);
  const composer = useRef<HTMLTextAreaElement>(null);
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
    onEditRefused: setEditing,
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

  // The buttons that started an edit or a regenerate go while the answer comes: the focus waits
  // in the message box, beside Stop.
  const actions: MessageActions = {
    enabled: !chat.busy,
    editing,
    onEditingChange: setEditing,
    onSaveEdit: (edit) => {
      setEditing(null);
      chat.edit(edit);
      composer.current?.focus();
    },
    onRegenerate: (answerId) => {
      chat.regenerate(answerId);
      composer.current?.focus();
    },
  };

  return (
    <section aria-label="Conversation" className="flex min-h-0 flex-1 flex-col gap-3">
      <ChatMessageList
        agentName={agent.name}
        messages={chat.messages}
        answers={answers}
        status={chat.status}
        actions={actions}
      />
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
        textareaRef={composer}
      />
    </section>
  );
}
