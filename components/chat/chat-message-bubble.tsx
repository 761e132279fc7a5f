import { isToolUIPart } from "ai";
import { RotateCcw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { AnswerFooter } from "./answer-footer";
import { ChatMarkdown } from "./chat-markdown";
import type { AnswerState, ChatMessage, MessageActions } from "./chat-types";
import { ToolCallCard } from "./tool-call-card";
import { UserMessage } from "./user-message";

type Props = {
  message: ChatMessage;
  /** Set for assistant messages. */
  answer: AnswerState | undefined;
  /** The conversation's last message: an answer there may be regenerated. */
  last: boolean;
  actions: MessageActions;
};

/** One message: the person's text on the right; the agent's Markdown, tool calls and outcome on the left. */
export function ChatMessageBubble({ message, answer, last, actions }: Props) {
  if (message.role === "user") return <UserMessage message={message} actions={actions} />;
  const streaming = answer?.status === "streaming";
  const shown = message.parts.some((part) => (part.type === "text" && part.text) || isToolUIPart(part));
  return (
    <article
      aria-label="Agent's answer"
      aria-busy={streaming}
      className="grid max-w-[85%] gap-2 rounded-2xl rounded-bl-sm border bg-card px-4 py-3 text-sm shadow-xs"
    >
      {streaming && !shown ? <p className="text-muted-foreground">Thinking…</p> : null}
      {message.parts.map((part, index) => {
        if (part.type === "text") return <ChatMarkdown key={index} text={part.text} />;
        if (isToolUIPart(part)) return <ToolCallCard key={part.toolCallId} part={part} answering={streaming} />;
        return null;
      })}
      {answer ? <AnswerFooter answer={answer} /> : null}
      {last && actions.enabled ? (
        <Button
          variant="ghost"
          size="sm"
          className="-ml-2 h-7 justify-self-start text-muted-foreground"
          onClick={() => actions.onRegenerate(message.id)}
        >
          <RotateCcw aria-hidden />
          Regenerate
        </Button>
      ) : null}
    </article>
  );
}
