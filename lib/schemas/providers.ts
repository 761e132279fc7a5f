import { z } from "zod";
import { ZId } from "./clients";

export const PROVIDER_KINDS = ["openai", "anthropic", "openai_compatible"] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export const PROVIDER_KIND_LABELS: Record<ProviderKind, string> = {
  openai: "OpenAI",
  anthropic: "Anthropic",
  openai_compatible: "OpenAI-compatible (OpenRouter, Groq, Ollama, vLLM, LM Studio…)",
};

/** Where each kind answers unless a base URL is given; OpenAI-compatible needs one. */
export const DEFAULT_BASE_URLS: Record<ProviderKind, string | null> = {
  openai: "https://api.openai.com/v1",
  anthropic: "https://api.anthropic.com/v1",
  openai_compatible: null,
};

const ZPrice = z
  .number()
  .min(0, "Prices cannot be negative.")
  .max(10_000, "That price per million tokens looks wrong (over $10,000).");

/** An enabled model and what it costs, in USD per million tokens. */
export const ZProviderModel = z
  .object({
    id: z.string().trim().min(1, "Model id is required.").max(200),
    inputPerMillion: ZPrice.default(0),
    outputPerMillion: ZPrice.default(0),
  })
  .strict();
export type TProviderModel = z.infer<typeof ZProviderModel>;

const ZBaseUrl = z
  .string()
  .trim()
  .url("Enter a URL like https://api.example.com/v1.")
  .refine((value) => /^https?:\/\//.test(value), "The base URL must start with http:// or https://.")
  .transform((value) => value.replace(/\/+$/, ""));

const ZProviderFields = z.object({
  name: z.string().trim().min(1, "Name is required.").max(100, "Name must be at most 100 characters."),
  kind: z.enum(PROVIDER_KINDS),
  baseUrl: ZBaseUrl.nullish(),
  defaultModel: z.string().trim().min(1, "Choose a default model.").max(200),
  models: z.array(ZProviderModel).max(100, "Enable at most 100 models.").default([]),
});

/** Kinds that need a base URL have one; the default model is among the enabled ones if any are listed. */
function coherent(
  input: { kind?: ProviderKind; baseUrl?: string | null; defaultModel?: string; models?: TProviderModel[] },
  ctx: z.RefinementCtx,
) {
  if (input.kind === "openai_compatible" && !input.baseUrl) {
    ctx.addIssue({ code: "custom", path: ["baseUrl"], message: "OpenAI-compatible providers need their base URL." });
  }
  if (input.defaultModel && input.models?.length && !input.models.some((m) => m.id === input.defaultModel)) {
    ctx.addIssue({
      code: "custom",
      path: ["defaultModel"],
      message: "The default model must be one of the enabled models.",
    });
  }
  const ids = input.models?.map((m) => m.id) ?? [];
  if (new Set(ids).size !== ids.length) {
    ctx.addIssue({ code: "custom", path: ["models"], message: "Each model may be listed once." });
  }
}

const ZApiKey = z.string().trim().min(8, "That API key looks too short.").max(500);

export const ZCreateProviderInput = ZProviderFields.extend({ apiKey: ZApiKey.optional() })
  .strict()
  .superRefine(coherent);
export type TCreateProviderInput = z.infer<typeof ZCreateProviderInput>;

export const ZUpdateProviderInput = z
  .object({
    id: ZId,
    patch: ZProviderFields.partial()
      .extend({
        /** A new key replaces the stored one; omit it to keep the stored key. */
        apiKey: ZApiKey.optional(),
        /** Forget the stored key (for providers that need none, e.g. a local Ollama). */
        clearApiKey: z.literal(true).optional(),
      })
      .strict(),
  })
  .strict();
export type TUpdateProviderInput = z.infer<typeof ZUpdateProviderInput>;

/** Test a saved provider, or a configuration before it is saved. */
export const ZTestProviderInput = z.union([
  z.object({ id: ZId }).strict(),
  z
    .object({ kind: z.enum(PROVIDER_KINDS), baseUrl: ZBaseUrl.nullish(), apiKey: ZApiKey.optional() })
    .strict()
    .superRefine(coherent),
]);
export type TTestProviderInput = z.infer<typeof ZTestProviderInput>;

export const ZProvider = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(PROVIDER_KINDS),
  baseUrl: z.string().nullable(),
  /** `sk-…abcd`; the key itself never leaves the server. */
  apiKeyHint: z.string().nullable(),
  defaultModel: z.string(),
  models: z.array(ZProviderModel),
  agentCount: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TProvider = z.infer<typeof ZProvider>;

export const ZTestProviderResult = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), models: z.array(z.string()), latencyMs: z.number() }),
  z.object({ ok: z.literal(false), status: z.number().nullable(), error: z.string(), latencyMs: z.number() }),
]);
export type TTestProviderResult = z.infer<typeof ZTestProviderResult>;
