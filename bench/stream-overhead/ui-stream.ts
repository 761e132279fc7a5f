import { markToken, type Marks } from "./marks";

type UiEvent = { type: string; delta?: string; errorText?: string };

/**
 * Reads an AI SDK UI message stream (SSE) as `useChat` would: splits events, parses each
 * `data:` line, marks every `text-delta`. Returns the answer's text and any error part.
 */
export async function readUiMessageStream(
  body: ReadableStream<Uint8Array>,
  marks: Marks,
): Promise<{ text: string; error: string | null }> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let text = "";
  let error: string | null = null;
  const handle = (event: string) => {
    for (const line of event.split("\n")) {
      if (!line.startsWith("data: ") || line === "data: [DONE]") continue;
      const parsed = JSON.parse(line.slice(6)) as UiEvent;
      if (parsed.type === "text-delta") {
        markToken(marks);
        text += parsed.delta ?? "";
      } else if (parsed.type === "error") error ??= parsed.errorText ?? "error";
    }
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf("\n\n");
    while (end !== -1) {
      handle(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
      end = buffer.indexOf("\n\n");
    }
  }
  if (buffer.trim()) handle(buffer);
  return { text, error };
}
