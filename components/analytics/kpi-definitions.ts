import type { KpiKind } from "@/lib/metrics";

export type KpiCardDefinition = {
  kind: Extract<KpiKind, "spend" | "revenue" | "roas" | "roi" | "ctr" | "cpc" | "cpa" | "conversions">;
  label: string;
  /** Whether a rise is good news; spend and costs per result rising is not. */
  upIsGood: boolean;
};

export const KPI_CARDS: readonly KpiCardDefinition[] = [
  { kind: "spend", label: "Spend", upIsGood: false },
  { kind: "revenue", label: "Revenue", upIsGood: true },
  { kind: "roas", label: "ROAS", upIsGood: true },
  { kind: "roi", label: "ROI", upIsGood: true },
  { kind: "ctr", label: "CTR", upIsGood: true },
  { kind: "cpc", label: "CPC", upIsGood: false },
  { kind: "cpa", label: "CPA", upIsGood: false },
  { kind: "conversions", label: "Conversions", upIsGood: true },
];
