import { NoObjectGeneratedError, Output, streamText } from "ai";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import type { TToolInputSchema } from "@/lib/schemas/custom-tools";
import type { NodeConfig } from "@/lib/workflow/node-types";
import { callCost } from "../../ai/cost";
import { languageModelFor } from "../../ai/language-model";
import { createOfflineModel, OFFLINE_MODEL_ID } from "../../ai/offline-model";
import { describeModelError } from "../../ai/provider-errors";
import { customToolInputSchema } from "../../ai/tools/custom-http";
import { withTenant } from "../../ai/tools/tenant";
import { AppError } from "../../errors";
import { providerConnection } from "../../services/providers/providers";
import { issuesText, jsonSchemaIssues } from "./json-schema";
import type { NodeContext, NodeExecutor } from "./types";
import { asText } from "./values";

type LlmConfig = NodeConfig<"llm">;

/** The model a step calls, with the prices its cost is worked out from. */
type StepModel = { model: LanguageModelV3; modelId: string; prices: unknown };

/**
 * Reads the provider in a short transaction of its own: the model call that follows (up to the
 * step's timeout) holds no database connection.
 */
async function stepModel(ctx: NodeContext, config: LlmConfig): Promise<StepModel> {
  if (!config.providerId) {
    if (config.model)
      throw new AppError(
        "BAD_REQUEST",
        `Choose the provider that serves ${config.model}, or clear the model to use the built-in offline model.`,
      );
    return { model: createOfflineModel({ tokenDelayMs: 12 }), modelId: OFFLINE_MODEL_ID, prices: [] };
  }
  const providerId = config.providerId;
  const connection = await withTenant(
    { organizationId: ctx.organizationId, actor: ctx.actor, agentId: null },
    (service) => providerConnection(service, providerId),
  ).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND")
      throw new AppError(
        "NOT_FOUND",
        "The provider this step uses was deleted or is not in this agency; choose another.",
      );
    throw error;
  });
  const modelId = config.model ?? connection.defaultModel;
  return { model: languageModelFor(connection, modelId), modelId, prices: connection.models };
}

/** Why a structured answer was refused, in the words of the schema check. */
function structuredFailure(error: NoObjectGeneratedError, schema: TToolInputSchema): AppError {
  let parsed: unknown;
  try {
    parsed = JSON.parse(error.text ?? "");
  } catch {
    return new AppError("BAD_REQUEST", "The model did not answer with JSON, so its answer does not fit the schema.");
  }
  const issues = jsonSchemaIssues(schema, parsed);
  return new AppError(
    "BAD_REQUEST",
    `The model's answer does not fit the schema: ${issues.length ? issuesText(issues, "The answer") : "it could not be read."}`,
  );
}

/**
 * One model call without tools: the filled-in system and prompt, the step's temperature and
 * answer length, streamed to live viewers and stopped by the run's signal. With a JSON schema
 * the step's output is the object the model answered with (checked against the schema);
 * otherwise it is the answer's text. Without a provider the built-in offline model answers.
 */
export const llmExecutor: NodeExecutor<LlmConfig> = async (ctx, config) => {
  const prompt = asText(await ctx.template(config.prompt)).trim();
  if (!prompt) throw new AppError("BAD_REQUEST", "The prompt is empty once filled in, so there is nothing to ask.");
  const system = config.system ? asText(await ctx.template(config.system)).trim() : "";
  const { model, modelId, prices } = await stepModel(ctx, config);
  const schema = config.jsonSchema;

  let usage = { inputTokens: 0, outputTokens: 0 };
  let output: unknown;
  try {
    const result = streamText({
      model,
      ...(system && { system }),
      prompt,
      temperature: config.temperature,
      ...(config.maxTokens !== undefined && { maxOutputTokens: config.maxTokens }),
      ...(schema && { output: Output.object({ schema: customToolInputSchema(schema) }) }),
      maxRetries: 3,
      abortSignal: ctx.signal,
      // The error also arrives in the stream, where it fails the step; not logged twice.
      onError: () => {},
    });
    let text = "";
    for await (const part of result.fullStream) {
      if (part.type === "text-delta") {
        text += part.text;
        ctx.emitToken(part.text);
      } else if (part.type === "error") {
        throw part.error;
      }
    }
    const total = await result.totalUsage;
    usage = { inputTokens: total.inputTokens ?? 0, outputTokens: total.outputTokens ?? 0 };
    output = schema ? await result.output : text;
  } catch (error) {
    if (ctx.signal.aborted) throw new AppError("BAD_REQUEST", "The model call was stopped before it finished.");
    if (schema && NoObjectGeneratedError.isInstance(error)) throw structuredFailure(error, schema);
    throw new AppError("BAD_REQUEST", describeModelError(error));
  }
  return { kind: "done", output, usage: { ...usage, costUsd: callCost(prices, modelId, usage) } };
};
