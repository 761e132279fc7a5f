import { messageText, type ChatMessage, type MessageEdit } from "./chat-types";

/** What a request asked for, kept until it ends so that a refusal can be undone. */
export type ChatTurn =
  | { kind: "send" }
  /** The person's message resent with new text; `before` is the thread as it was. */
  | { kind: "edit"; edit: MessageEdit; before: ChatMessage[] }
  /** The last answer asked for again; `before` is the thread as it was. */
  | { kind: "regenerate"; before: ChatMessage[] };

export type UndoneTurn = {
  messages: ChatMessage[];
  /** A new message's text, back for the composer. */
  draft: string | null;
  /** An edit's text, back in its editor. */
  edit: MessageEdit | null;
};

/**
 * The thread after the server refused a request before any answer. It kept nothing then, so the
 * page goes back to what is saved: a new message is taken back out, its text returned for the
 * composer; an edit or a regenerate gets back the messages `useChat` dropped when it started.
 */
export function undoRefusedTurn(turn: ChatTurn, messages: ChatMessage[]): UndoneTurn {
  if (turn.kind === "edit") return { messages: turn.before, draft: null, edit: turn.edit };
  if (turn.kind === "regenerate") return { messages: turn.before, draft: null, edit: null };
  const last = messages.at(-1);
  if (last?.role !== "user") return { messages, draft: null, edit: null };
  return { messages: messages.slice(0, -1), draft: messageText(last), edit: null };
}
