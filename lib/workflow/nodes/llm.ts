import { z } from "zod";
import { ZToolInputSchema } from "@/lib/schemas/custom-tools";
import { defineNodeType, flowIn, flowOutputs } from "../node-meta";
import { rowId, template } from "./fields";

export const llm = defineNodeType({
  label: "AI prompt",
  category: "ai",
  description: "Asks a language model one question and passes on its answer, as text or as structured data.",
  config: z.strictObject({
    /** Without one: the agency's default provider, or the built-in offline model. */
    providerId: rowId("Choose a model provider.").optional(),
    /** Without one: the provider's default model. */
    model: z.string().trim().min(1, "Choose a model.").max(200, "That model name is too long.").optional(),
    prompt: template("Write the prompt, e.g. Write three headlines for {{ input.product }}."),
    system: template().optional(),
    temperature: z
      .number({ error: "Temperature must be a number." })
      .min(0, "Temperature runs from 0 to 2.")
      .max(2, "Temperature runs from 0 to 2.")
      .default(0.7),
    maxTokens: z
      .number({ error: "The answer length must be a number of tokens." })
      .int("The answer length must be a whole number of tokens.")
      .min(1, "The answer length must be at least 1 token.")
      .max(100_000, "The answer length can be at most 100,000 tokens.")
      .optional(),
    /** With one, the model answers with JSON of this shape, and the step's output is that object. */
    jsonSchema: ZToolInputSchema.optional(),
  }),
  inputs: [flowIn],
  outputs: flowOutputs,
  expressions: [
    { path: "prompt", kind: "template" },
    { path: "system", kind: "template" },
  ],
  sideEffects: true,
});
