import { EMPTY_KPI, formatKpi, type FormatOptions } from "@/lib/metrics";
import { cn } from "@/lib/utils";

type Props = {
  /** Relative change as a fraction, from percentChange; null when it cannot be computed. */
  change: number | null;
  upIsGood: boolean;
  /** e.g. "previous 30 days". */
  comparedTo: string;
  format: FormatOptions;
};

/** "▲ 12.30% vs previous 30 days", green when the move is good news and red when it is not. */
export function KpiChange({ change, upIsGood, comparedTo, format }: Props) {
  const suffix = <span className="text-muted-foreground">{` vs ${comparedTo}`}</span>;
  if (change === null || !Number.isFinite(change)) {
    return (
      <p className="text-xs">
        <span className="text-muted-foreground">{EMPTY_KPI}</span>
        {suffix}
      </p>
    );
  }
  const shown = formatKpi("roi", Math.abs(change), format);
  // A change that rounds to 0.00% is no change to the reader, whatever its sign.
  const direction = shown === formatKpi("roi", 0, format) ? "flat" : change > 0 ? "up" : "down";
  const good = direction === "flat" ? null : (direction === "up") === upIsGood;
  return (
    <p className="text-xs">
      <span
        className={cn(
          "font-medium tabular-nums",
          good === true && "text-success",
          good === false && "text-destructive",
          good === null && "text-muted-foreground",
        )}
      >
        {direction === "flat" ? (
          "No change"
        ) : (
          <>
            <span aria-hidden="true">{direction === "up" ? "▲" : "▼"} </span>
            <span className="sr-only">{direction === "up" ? "Up " : "Down "}</span>
            {shown}
          </>
        )}
      </span>
      {suffix}
    </p>
  );
}
