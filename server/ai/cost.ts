import { ZProviderModel } from "@/lib/schemas/providers";

/**
 * The cost of a call in USD from the provider's per-million-token prices for the model;
 * zero when the model has no price (or is the offline model). Rounded to 1e-6 dollars.
 */
export function callCost(
  models: unknown,
  modelId: string,
  usage: { inputTokens: number; outputTokens: number },
): number {
  const price = ZProviderModel.array()
    .catch([])
    .parse(models)
    .find((m) => m.id === modelId);
  if (!price) return 0;
  const dollars = (usage.inputTokens * price.inputPerMillion + usage.outputTokens * price.outputPerMillion) / 1_000_000;
  return Math.round(dollars * 1_000_000) / 1_000_000;
}
