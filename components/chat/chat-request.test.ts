import { AbstractChat, type ChatState, type ChatStatus, type ChatTransport, type UIMessageChunk } from "ai";
import { describe, expect, it } from "vitest";
import type { TChatRequest } from "@/lib/schemas/chat";
import { chatRequest } from "./chat-request";
import type { ChatMessage } from "./chat-types";

const user = (id: string, text: string): ChatMessage => ({ id, role: "user", parts: [{ type: "text", text }] });
const agent = (id: string, text: string): ChatMessage => ({ id, role: "assistant", parts: [{ type: "text", text }] });

describe("chatRequest", () => {
  it("sends only the newest message, and the conversation once there is one", () => {
    expect(chatRequest(null, [user("u1", "Hi")])).toEqual({
      message: { id: "u1", role: "user", parts: [{ type: "text", text: "Hi" }] },
    });
    expect(chatRequest("conv-1", [user("u1", "Hi"), agent("a1", "Hello"), user("u2", "More")])).toEqual({
      conversationId: "conv-1",
      message: { id: "u2", role: "user", parts: [{ type: "text", text: "More" }] },
    });
  });

  it("takes the person's latest message even when an answer comes after it", () => {
    expect(chatRequest("conv-1", [user("u1", "Hi"), agent("a1", "Hello")]).message.id).toBe("u1");
  });

  it("leaves out parts that are not text", () => {
    const message: ChatMessage = {
      id: "u1",
      role: "user",
      parts: [{ type: "step-start" }, { type: "text", text: "Hi" }],
    };
    expect(chatRequest(null, [message]).message.parts).toEqual([{ type: "text", text: "Hi" }]);
  });
});

/** The smallest `ChatState`: plain arrays, as the React one is without its subscriptions. */
class PlainState implements ChatState<ChatMessage> {
  status: ChatStatus = "ready";
  error: Error | undefined = undefined;
  constructor(public messages: ChatMessage[]) {}
  pushMessage = (message: ChatMessage) => {
    this.messages = [...this.messages, message];
  };
  popMessage = () => {
    this.messages = this.messages.slice(0, -1);
  };
  replaceMessage = (index: number, message: ChatMessage) => {
    this.messages = this.messages.map((current, i) => (i === index ? message : current));
  };
  snapshot = <T>(thing: T): T => structuredClone(thing);
}

class TestChat extends AbstractChat<ChatMessage> {}

/** A chat whose transport records each request body and answers "Answer <n>" with id `a<n>`. */
function chatOn(messages: ChatMessage[]) {
  const sent: TChatRequest[] = [];
  const transport: ChatTransport<ChatMessage> = {
    sendMessages: async ({ messages: current }) => {
      sent.push(chatRequest("conv-1", current));
      const n = sent.length + 1;
      const chunks: UIMessageChunk[] = [
        { type: "start", messageId: `a${n}` },
        { type: "text-start", id: "t" },
        { type: "text-delta", id: "t", delta: `Answer ${n}` },
        { type: "text-end", id: "t" },
        { type: "finish" },
      ];
      return new ReadableStream({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(chunk);
          controller.close();
        },
      });
    },
    reconnectToStream: async () => null,
  };
  const chat = new TestChat({ transport, state: new PlainState(messages) });
  const texts = () =>
    chat.messages.map(
      (message) => `${message.id}: ${message.parts.map((p) => (p.type === "text" ? p.text : "")).join("")}`,
    );
  return { chat, sent, texts };
}

// These pin the `useChat` behaviour the page relies on: if an upgrade changes it, they say so.
describe("chatRequest with the AI SDK's chat", () => {
  it("regenerate drops the last answer and resends the person's message with its original id", async () => {
    const { chat, sent, texts } = chatOn([
      user("u1", "Hi"),
      agent("a1", "Hello"),
      user("u2", "More"),
      agent("old", "Old"),
    ]);
    await chat.regenerate({ messageId: "old" });
    expect(sent).toEqual([
      { conversationId: "conv-1", message: { id: "u2", role: "user", parts: [{ type: "text", text: "More" }] } },
    ]);
    expect(texts()).toEqual(["u1: Hi", "a1: Hello", "u2: More", "a2: Answer 2"]);
  });

  it("an edit sends the new text under the message's id and drops what came after it", async () => {
    const { chat, sent, texts } = chatOn([
      user("u1", "Hi"),
      agent("a1", "Hello"),
      user("u2", "More"),
      agent("a0", "Old"),
    ]);
    await chat.sendMessage({ text: "Hi again", messageId: "u1" });
    expect(sent).toEqual([
      { conversationId: "conv-1", message: { id: "u1", role: "user", parts: [{ type: "text", text: "Hi again" }] } },
    ]);
    expect(texts()).toEqual(["u1: Hi again", "a2: Answer 2"]);
  });
});
