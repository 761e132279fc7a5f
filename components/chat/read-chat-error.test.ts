import { describe, expect, it } from "vitest";
import { readChatError } from "./read-chat-error";

describe("readChatError", () => {
  it("takes the message out of the route's JSON error body", () => {
    const body = JSON.stringify({ error: { code: "NOT_FOUND", message: "That conversation was not found." } });
    expect(readChatError(new Error(body))).toBe("That conversation was not found.");
  });

  it("shows a stream error's text as it came", () => {
    const text =
      "The provider refused the API key (401): Incorrect API key provided. Check the key in Model providers.";
    expect(readChatError(new Error(text))).toBe(text);
  });

  it("words a failed fetch for people", () => {
    expect(readChatError(new TypeError("Failed to fetch"))).toBe(
      "Could not reach Switchboard. Check your connection and try again.",
    );
  });
});
