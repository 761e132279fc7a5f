import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import { baseUrlOf, type ProviderConnection } from "./list-models";

/**
 * The AI SDK model for a provider connection and model id. OpenAI-compatible servers
 * (OpenRouter, Groq, Ollama, vLLM, LM Studio) speak the chat-completions API, so they, like
 * OpenAI itself, go through `.chat()` rather than OpenAI's newer responses API.
 */
export function languageModelFor(connection: ProviderConnection, modelId: string): LanguageModelV3 {
  const baseURL = baseUrlOf(connection);
  // Providers that need no key (a local Ollama) still get a placeholder: the SDKs insist on one.
  const apiKey = connection.apiKey ?? "none";
  switch (connection.kind) {
    case "anthropic":
      return createAnthropic({ baseURL, apiKey })(modelId);
    case "openai":
      return createOpenAI({ baseURL, apiKey }).chat(modelId);
    case "openai_compatible":
      return createOpenAI({ baseURL, apiKey, name: "openai-compatible" }).chat(modelId);
  }
}
