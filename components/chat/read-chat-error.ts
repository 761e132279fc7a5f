/**
 * The text to show for a failed chat request. The route answers errors before streaming with
 * `{ error: { message } }`, which `useChat` hands over as the raw body; errors during the stream
 * arrive already worded for people.
 */
export function readChatError(error: Error): string {
  if (error instanceof TypeError && /fetch|network/i.test(error.message)) {
    return "Could not reach Switchboard. Check your connection and try again.";
  }
  try {
    const body: unknown = JSON.parse(error.message);
    if (typeof body === "object" && body !== null && "error" in body) {
      const inner: unknown = body.error;
      if (typeof inner === "object" && inner !== null && "message" in inner && typeof inner.message === "string") {
        return inner.message;
      }
    }
  } catch {
    // Not JSON: the message is the text.
  }
  return error.message || "The agent could not answer. Try again.";
}
