import { isToolUIPart } from "ai";
import { AnswerFooter } from "./answer-footer";
import { ChatMarkdown } from "./chat-markdown";
import type { AnswerState, ChatMessage } from "./chat-types";
import { ToolCallCard } from "./tool-call-card";

type Props = {
  message: ChatMessage;
  /** Set for assistant messages. */
  answer: AnswerState | undefined;
};

/** One message: the person's text on the right; the agent's Markdown, tool calls and outcome on the left. */
export function ChatMessageBubble({ message, answer }: Props) {
  if (message.role === "user") {
    const text = message.parts.map((part) => (part.type === "text" ? part.text : "")).join("");
    return (
      <div className="flex justify-end">
        <div className="max-w-[85%] rounded-2xl rounded-br-sm bg-primary px-4 py-2 text-sm whitespace-pre-wrap text-primary-foreground">
          <span className="sr-only">You: </span>
          {text}
        </div>
      </div>
    );
  }
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
    </article>
  );
}
