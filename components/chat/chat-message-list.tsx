"use client";

import type { ChatStatus } from "ai";
import { MessagesSquare } from "lucide-react";
import { useEffect, useRef } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { ChatMessageBubble } from "./chat-message-bubble";
import type { AnswerState, ChatMessage, MessageActions } from "./chat-types";

type Props = {
  agentName: string;
  messages: ChatMessage[];
  answers: ReadonlyMap<string, AnswerState>;
  status: ChatStatus;
  actions: MessageActions;
};

const STATUS_TEXT: Record<ChatStatus, string> = {
  submitted: "Sent. Waiting for the agent…",
  streaming: "The agent is answering…",
  ready: "",
  error: "",
};

/** Pixels from the bottom within which the list keeps following a growing answer. */
const FOLLOW_SLACK_PX = 80;

/** The conversation's messages, following the newest while the reader is at the bottom. */
export function ChatMessageList({ agentName, messages, answers, status, actions }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const following = useRef(true);

  // New text, a tool result or an answer's outcome line all grow the list: keep the newest in view.
  useEffect(() => {
    const element = scroller.current;
    if (element && following.current) element.scrollTop = element.scrollHeight;
  }, [messages, answers]);

  return (
    <div
      ref={scroller}
      onScroll={(event) => {
        const element = event.currentTarget;
        following.current = element.scrollHeight - element.scrollTop - element.clientHeight < FOLLOW_SLACK_PX;
      }}
      className="min-h-0 flex-1 overflow-y-auto rounded-xl border bg-muted/30 p-4"
    >
      {messages.length === 0 ? (
        <EmptyState
          icon={<MessagesSquare />}
          title={`Start a conversation with ${agentName}`}
          description="Ask a question or give it a task. Its answers, and the tools it uses, appear here."
          className="h-full border-none"
        />
      ) : (
        <ol aria-label="Messages" className="grid gap-4">
          {messages.map((message, index) => (
            <li key={message.id}>
              <ChatMessageBubble
                message={message}
                answer={answers.get(message.id)}
                last={index === messages.length - 1}
                actions={actions}
              />
            </li>
          ))}
        </ol>
      )}
      {/* Announces that an answer started, without reading every token aloud. */}
      <p aria-live="polite" className="sr-only">
        {STATUS_TEXT[status]}
      </p>
    </div>
  );
}
