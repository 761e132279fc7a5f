/** A budget in its own currency, e.g. "$12,500.00"; falls back to "12,500.00 XYZ" for a code Intl does not know. */
export function formatBudget(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: "currency", currency }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(undefined, { minimumFractionDigits: 2 }).format(amount)} ${currency}`;
  }
}
