import { describe, expect, it } from "vitest";
import type { ChatMessage } from "./chat-types";
import { undoRefusedTurn } from "./chat-turn";

const user = (id: string, text: string): ChatMessage => ({ id, role: "user", parts: [{ type: "text", text }] });
const agent = (id: string, text: string): ChatMessage => ({ id, role: "assistant", parts: [{ type: "text", text }] });

const before = [user("u1", "Hi"), agent("a1", "Hello")];

describe("undoRefusedTurn", () => {
  it("takes a refused new message back out and returns its text for the composer", () => {
    expect(undoRefusedTurn({ kind: "send" }, [...before, user("u2", "More")])).toEqual({
      messages: before,
      draft: "More",
      edit: null,
    });
  });

  it("leaves the thread alone when its last message is not the person's", () => {
    expect(undoRefusedTurn({ kind: "send" }, before)).toEqual({ messages: before, draft: null, edit: null });
  });

  it("puts back what an edit dropped and returns the edited text to its editor", () => {
    const edit = { messageId: "u1", text: "Hi again" };
    expect(undoRefusedTurn({ kind: "edit", edit, before }, [user("u1", "Hi again")])).toEqual({
      messages: before,
      draft: null,
      edit,
    });
  });

  it("puts back the answer a regenerate dropped", () => {
    expect(undoRefusedTurn({ kind: "regenerate", before }, [user("u1", "Hi")])).toEqual({
      messages: before,
      draft: null,
      edit: null,
    });
  });
});
