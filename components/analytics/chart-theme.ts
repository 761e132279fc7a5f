import type { CSSProperties } from "react";

/** Recharts draws SVG, so the theme reaches it through CSS variables rather than Tailwind classes. */
export const AXIS_TICK = { fill: "var(--muted-foreground)", fontSize: 12 } as const;
export const GRID_STROKE = "var(--border)";
export const TOOLTIP_STYLE: CSSProperties = {
  background: "var(--popover)",
  border: "1px solid var(--border)",
  borderRadius: "var(--radius)",
  color: "var(--popover-foreground)",
  fontSize: 12,
};

const compact = new Map<string, Intl.NumberFormat>();

/** Short axis ticks ("$12K", "1.2M"); full values are in the tooltip and the tables. */
export function formatAxis(value: number, locale: string, currency: string | null): string {
  const key = `${locale}|${currency ?? ""}`;
  let formatter = compact.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      notation: "compact",
      maximumFractionDigits: 1,
      ...(currency ? { style: "currency", currency } : {}),
    });
    compact.set(key, formatter);
  }
  return formatter.format(value);
}
