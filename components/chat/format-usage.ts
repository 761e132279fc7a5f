const tokens = new Intl.NumberFormat("en-US");
const dollars = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  minimumFractionDigits: 2,
  maximumFractionDigits: 6,
});

/** "1,204 in / 87 out tokens". */
export function formatTokens(inputTokens: number, outputTokens: number): string {
  return `${tokens.format(inputTokens)} in / ${tokens.format(outputTokens)} out tokens`;
}

/** Dollars to the millionth, as agent runs cost: "$0.000123", "$1.50". */
export function formatCost(costUsd: number): string {
  return dollars.format(costUsd);
}
