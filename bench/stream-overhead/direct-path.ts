import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import { streamText } from "ai";
import { MODEL, question } from "./config";
import { markToken, type Marks } from "./marks";

/** The model as the baseline calls it: the same provider package and chat API the app uses. */
export const directModel = (url: string): LanguageModelV3 =>
  createOpenAI({ baseURL: url, apiKey: MODEL.apiKey }).chat(MODEL.id);

/** Baseline: `streamText` straight at the model server with the question, no app in between. */
export async function directStream(model: LanguageModelV3, n: number, marks: Marks): Promise<string> {
  const result = streamText({ model, prompt: question(n) });
  let text = "";
  for await (const part of result.fullStream) {
    if (part.type === "text-delta") {
      markToken(marks);
      text += part.text;
    } else if (part.type === "error") throw part.error;
  }
  return text;
}
