import { createHash } from "node:crypto";
import type {
  JSONValue,
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3Content,
  LanguageModelV3FinishReason,
  LanguageModelV3Prompt,
  LanguageModelV3StreamPart,
  LanguageModelV3ToolResultOutput,
  LanguageModelV3Usage,
} from "@ai-sdk/provider";
import { OFFLINE_MODEL_LABEL } from "@/lib/agents/offline";
import {
  exampleFor,
  forcedCall,
  matchIntent,
  sampleValue,
  type OfflineTool,
  type OfflineToolCall,
} from "./offline-intents";

export const OFFLINE_MODEL_ID = "switchboard-offline";
export const OFFLINE_MODEL_PROVIDER = "switchboard";
export { OFFLINE_MODEL_LABEL };

const CONNECT_HINT = "connect a provider in Settings → Model providers";

export interface OfflineModelOptions {
  /** Pause before each streamed chunk, so the UI streams like a real model. 0 (the default) in tests. */
  tokenDelayMs?: number;
  /** Today's date for "last N days" arguments; the clock by default. */
  now?: () => Date;
}

/**
 * The built-in model used when no provider is configured. It never touches the network and answers
 * deterministically: the same prompt, tools and date give the same output, chunk for chunk. It calls
 * an offered tool when the last user message plainly asks for it (see `offline-intents.ts`), summarizes
 * tool results in the next step, and otherwise writes a short templated answer. Every text it writes
 * starts with {@link OFFLINE_MODEL_LABEL}.
 */
export function createOfflineModel(options: OfflineModelOptions = {}): LanguageModelV3 {
  const delayMs = Math.max(0, options.tokenDelayMs ?? 0);
  const now = options.now ?? (() => new Date());
  return {
    specificationVersion: "v3",
    provider: OFFLINE_MODEL_PROVIDER,
    modelId: OFFLINE_MODEL_ID,
    // Claiming every URL as supported stops the SDK from downloading attachments for this model.
    supportedUrls: { "*/*": [/^/] },
    async doGenerate(call) {
      throwIfAborted(call.abortSignal);
      const reply = planReply(call, now());
      const content: LanguageModelV3Content[] = [];
      if (reply.text) content.push({ type: "text", text: reply.text });
      if (reply.toolCall) content.push({ type: "tool-call", ...reply.toolCall });
      return {
        content,
        finishReason: reply.finishReason,
        usage: reply.usage,
        response: { id: reply.id, modelId: OFFLINE_MODEL_ID },
        warnings: [],
      };
    },
    async doStream(call) {
      throwIfAborted(call.abortSignal);
      const reply = planReply(call, now());
      return { stream: streamParts(toStreamParts(reply), delayMs, call.abortSignal) };
    },
  };
}

interface Reply {
  id: string;
  text: string;
  toolCall?: { toolCallId: string; toolName: string; input: string };
  finishReason: LanguageModelV3FinishReason;
  usage: LanguageModelV3Usage;
}

function planReply(call: LanguageModelV3CallOptions, today: Date): Reply {
  const { prompt } = call;
  const id = `offline-${digest(JSON.stringify(prompt))}`;
  const tools: OfflineTool[] = (call.tools ?? []).filter((tool) => tool.type === "function");
  const choice = call.toolChoice ?? { type: "auto" };
  const message = lastUserText(prompt);
  const afterToolResults = prompt.at(-1)?.role === "tool";

  // One tool call per turn: after a tool result the model summarizes, unless the caller forces a call
  // (the SDK rejects a step that ignores toolChoice "required" or a named tool).
  let picked: OfflineToolCall | undefined;
  if (choice.type === "required" || choice.type === "tool") {
    const allowed = choice.type === "tool" ? tools.filter((tool) => tool.name === choice.toolName) : tools;
    picked = forcedCall(message, allowed, today);
  } else if (choice.type === "auto" && !afterToolResults) {
    picked = matchIntent(message, tools, today);
  }

  const inputTokens = countWords(promptText(prompt));
  const json = call.responseFormat?.type === "json" ? call.responseFormat : undefined;
  if (picked) {
    const input = JSON.stringify(picked.input);
    // A JSON-only caller would choke on prose, so the preamble is skipped there.
    const text = json ? "" : labelled(`Calling ${picked.toolName} with ${truncate(input, 160)}.`);
    return {
      id,
      text,
      toolCall: { toolCallId: `call_${digest(`${id}:${picked.toolName}`)}`, toolName: picked.toolName, input },
      finishReason: { unified: "tool-calls", raw: "tool-calls" },
      usage: usage(inputTokens, countWords(text), countWords(input.replace(/[{}[\]",:]/g, " "))),
    };
  }

  const full = json
    ? JSON.stringify(sampleValue(json.schema ?? {}, OFFLINE_MODEL_LABEL, today))
    : afterToolResults
      ? summaryText(prompt)
      : helpText(message, tools);
  const chunks = chunk(full);
  const limit = call.maxOutputTokens;
  const cut = limit !== undefined && chunks.length > limit;
  const text = cut ? chunks.slice(0, limit).join("") : full;
  return {
    id,
    text,
    finishReason: cut ? { unified: "length", raw: "length" } : { unified: "stop", raw: "stop" },
    usage: usage(inputTokens, countWords(text), 0),
  };
}

// ---------------------------------------------------------------------------------------------
// Templated text

function labelled(body: string): string {
  return `${OFFLINE_MODEL_LABEL}\n\n${body}`;
}

function helpText(message: string, tools: readonly OfflineTool[]): string {
  const asked = message ? `You asked: "${truncate(oneLine(message), 140)}"` : "No question was asked.";
  const toolList = tools.map((tool) => {
    const example = exampleFor(tool.name);
    return example ? `${tool.name} (try "${example}")` : tool.name;
  });
  return labelled(
    [
      "This is the built-in offline model, so it can only give short templated answers.",
      asked,
      toolList.length > 0 ? `Tools it can use here: ${toolList.join(", ")}.` : "No tools are available here.",
      `For real answers, ${CONNECT_HINT}.`,
    ].join("\n"),
  );
}

function summaryText(prompt: LanguageModelV3Prompt): string {
  const last = prompt.at(-1);
  const lines: string[] = [];
  if (last?.role === "tool") {
    for (const part of last.content) {
      if (part.type === "tool-result") lines.push(describeResult(part.toolName, part.output));
    }
  }
  if (lines.length === 0) lines.push("The tool step finished without a result to show.");
  return labelled([...lines, `For a written answer, ${CONNECT_HINT}.`].join("\n"));
}

function describeResult(toolName: string, output: LanguageModelV3ToolResultOutput): string {
  switch (output.type) {
    case "text":
    case "json":
      return `Here is what ${toolName} returned: ${truncate(describeValue(output.value), 400)}`;
    case "error-text":
    case "error-json":
      return `${toolName} failed: ${truncate(describeValue(output.value), 300)}`;
    case "execution-denied":
      return `${toolName} was not run${output.reason ? `: ${truncate(output.reason, 200)}` : "."}`;
    case "content": {
      const text = output.value.flatMap((item) => (item.type === "text" ? [item.text] : [])).join(" ");
      return `Here is what ${toolName} returned: ${truncate(oneLine(text) || "a file", 400)}`;
    }
  }
}

const LABEL_KEYS = ["name", "title", "label", "subject", "headline", "term", "word", "email", "id"];

function describeValue(value: JSONValue | undefined, depth = 0): string {
  if (value === null || value === undefined) return "nothing";
  if (typeof value === "string") return truncate(oneLine(value), 200) || "an empty text";
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) {
    if (value.length === 0) return "no results";
    const shown = value.slice(0, 5).map(itemLabel).join(", ");
    const more = value.length > 5 ? `, and ${value.length - 5} more` : "";
    return `${value.length} result${value.length === 1 ? "" : "s"}: ${shown}${more}`;
  }
  const entries = Object.entries(value).filter((entry): entry is [string, JSONValue] => entry[1] !== undefined);
  if (entries.length === 0) return "nothing";
  if (depth > 0)
    return `(${entries
      .slice(0, 4)
      .map(([key, item]) => `${key}: ${itemLabel(item)}`)
      .join(", ")})`;
  const shown = entries.slice(0, 6).map(([key, item]) => `${key}: ${describeValue(item, depth + 1)}`);
  return `${shown.join("; ")}${entries.length > 6 ? "; …" : ""}`;
}

function itemLabel(item: JSONValue): string {
  if (item === null || typeof item !== "object") return truncate(describeValue(item), 60);
  if (Array.isArray(item)) return `${item.length} items`;
  for (const key of LABEL_KEYS) {
    const label = item[key];
    if (typeof label === "string" || typeof label === "number") return truncate(oneLine(String(label)), 60);
  }
  return truncate(JSON.stringify(item), 60);
}

// ---------------------------------------------------------------------------------------------
// Reading the prompt

function lastUserText(prompt: LanguageModelV3Prompt): string {
  for (let index = prompt.length - 1; index >= 0; index--) {
    const message = prompt[index];
    if (message?.role !== "user") continue;
    return message.content
      .map((part) => (part.type === "text" ? part.text : `[file ${part.filename ?? part.mediaType}]`))
      .join("\n")
      .trim();
  }
  return "";
}

function promptText(prompt: LanguageModelV3Prompt): string {
  return prompt
    .map((message) => {
      if (message.role === "system") return message.content;
      return message.content
        .map((part) => {
          switch (part.type) {
            case "text":
            case "reasoning":
              return part.text;
            case "tool-call":
              return JSON.stringify(part.input ?? null);
            case "tool-result":
              return "value" in part.output ? JSON.stringify(part.output.value) : "";
            default:
              return "";
          }
        })
        .join(" ");
    })
    .join("\n");
}

// ---------------------------------------------------------------------------------------------
// Streaming

function toStreamParts(reply: Reply): LanguageModelV3StreamPart[] {
  const parts: LanguageModelV3StreamPart[] = [
    { type: "stream-start", warnings: [] },
    { type: "response-metadata", id: reply.id, modelId: OFFLINE_MODEL_ID },
  ];
  if (reply.text) {
    const id = `${reply.id}-text`;
    parts.push({ type: "text-start", id });
    for (const delta of chunk(reply.text)) parts.push({ type: "text-delta", id, delta });
    parts.push({ type: "text-end", id });
  }
  if (reply.toolCall) {
    const { toolCallId: id, toolName, input } = reply.toolCall;
    parts.push(
      { type: "tool-input-start", id, toolName },
      { type: "tool-input-delta", id, delta: input },
      { type: "tool-input-end", id },
      { type: "tool-call", ...reply.toolCall },
    );
  }
  parts.push({ type: "finish", finishReason: reply.finishReason, usage: reply.usage });
  return parts;
}

function streamParts(
  parts: readonly LanguageModelV3StreamPart[],
  delayMs: number,
  signal: AbortSignal | undefined,
): ReadableStream<LanguageModelV3StreamPart> {
  let index = 0;
  const cancelled = new AbortController();
  return new ReadableStream<LanguageModelV3StreamPart>({
    async pull(controller) {
      const part = parts[index++];
      if (part === undefined) return controller.close();
      try {
        throwIfAborted(signal);
        if (delayMs > 0 && (part.type === "text-delta" || part.type === "tool-input-delta")) {
          await sleep(delayMs, AbortSignal.any([cancelled.signal, ...(signal ? [signal] : [])]));
        }
        controller.enqueue(part);
      } catch (error) {
        controller.error(error);
      }
    },
    cancel() {
      cancelled.abort();
    },
  });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

/** The SDK treats only errors named AbortError or TimeoutError as an abort, whatever the reason given. */
function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && (reason.name === "AbortError" || reason.name === "TimeoutError")) return reason;
  return new DOMException("The offline model was aborted.", "AbortError");
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** Word-ish chunks (a word and the whitespace after it) that join back to the text exactly. */
function chunk(text: string): string[] {
  return text.match(/\s+|\S+\s*/g) ?? [];
}

function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

function usage(input: number, text: number, toolInput: number): LanguageModelV3Usage {
  return {
    inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: text + toolInput, text, reasoning: 0 },
  };
}

function digest(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 16);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
