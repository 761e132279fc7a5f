import { computeKpis, formatKpi, percentChange, type FormatOptions, type Totals } from "@/lib/metrics";
import { KPI_CARDS, type KpiCardDefinition } from "./kpi-definitions";
import { KpiCard } from "./kpi-card";
import { KpiChange } from "./kpi-change";

type Props = { totals: Totals; previousTotals: Totals; days: number; format: FormatOptions };

function valueOf(kind: KpiCardDefinition["kind"], totals: Totals): number | null {
  switch (kind) {
    case "spend":
    case "revenue":
    case "conversions":
      return totals[kind];
    default:
      return computeKpis(totals)[kind];
  }
}

/** The period's headline KPIs, each against the same number of days just before it. */
export function KpiGrid({ totals, previousTotals, days, format }: Props) {
  const comparedTo = `previous ${days === 1 ? "day" : `${days} days`}`;
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {KPI_CARDS.map((card) => {
        const current = valueOf(card.kind, totals);
        return (
          <KpiCard
            key={card.kind}
            label={card.label}
            value={formatKpi(card.kind, current, format)}
            change={
              <KpiChange
                change={percentChange(current, valueOf(card.kind, previousTotals))}
                upIsGood={card.upIsGood}
                comparedTo={comparedTo}
                format={format}
              />
            }
          />
        );
      })}
    </div>
  );
}
