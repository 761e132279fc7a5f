import { describe, expect, it } from "vitest";
import type { TStoredChatMessage } from "@/lib/schemas/chat";
import { answerState } from "./answer-state";
import type { ChatMessage } from "./chat-types";

const live: ChatMessage = {
  id: "msg-1",
  role: "assistant",
  parts: [{ type: "text", text: "Hello" }],
  metadata: { usage: { inputTokens: 10, outputTokens: 2 } },
};
const stored: TStoredChatMessage = {
  id: "msg-1",
  role: "assistant",
  parts: [],
  status: "incomplete",
  error: null,
  usage: { model: "gpt-test-mini", inputTokens: 10, outputTokens: 2, costUsd: 0.000014, cacheHit: false },
  createdAt: new Date(),
};
const nothing = { streaming: false, stored: undefined, stopped: false, failure: undefined };

describe("answerState", () => {
  it("uses the streamed usage (no cost yet) until the saved copy is there", () => {
    expect(answerState(live, nothing)).toEqual({
      status: "complete",
      error: null,
      usage: { inputTokens: 10, outputTokens: 2, costUsd: null },
      cached: false,
    });
  });

  it("takes status and cost from the saved copy", () => {
    expect(answerState(live, { ...nothing, stored })).toEqual({
      status: "incomplete",
      error: null,
      usage: { inputTokens: 10, outputTokens: 2, costUsd: 0.000014 },
      cached: false,
    });
  });

  it("says an answer came from the response cache, live from the stream or from the saved run", () => {
    expect(answerState({ ...live, metadata: { cached: true } }, nothing).cached).toBe(true);
    const hit = { ...stored, status: "complete" as const, usage: { ...stored.usage!, costUsd: 0, cacheHit: true } };
    expect(answerState({ ...live, metadata: {} }, { ...nothing, stored: hit })).toMatchObject({ cached: true });
  });

  it("puts what happened on this page first: streaming, then a failure, then Stop", () => {
    expect(answerState(live, { ...nothing, stored, streaming: true }).status).toBe("streaming");
    expect(answerState(live, { ...nothing, failure: "The provider failed." })).toMatchObject({
      status: "error",
      error: "The provider failed.",
    });
    expect(answerState(live, { ...nothing, stopped: true }).status).toBe("incomplete");
  });
});
