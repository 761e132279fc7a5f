import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatKpi, type FormatOptions } from "@/lib/metrics";
import type { TAnalytics } from "@/lib/schemas/analytics";
import { formatDay } from "./format-day";
import { METRIC_LABELS } from "./trend-metrics";

type Props = { anomalies: TAnalytics["anomalies"]; format: FormatOptions };

/** Days far from their trailing two weeks, oldest first, with the typical (median) value beside them. */
export function AnomaliesTable({ anomalies, format }: Props) {
  const rows = [...anomalies].sort((a, b) => a.date.localeCompare(b.date) || a.metric.localeCompare(b.metric));
  return (
    <section aria-labelledby="analytics-anomalies" className="grid gap-2">
      <h3 id="analytics-anomalies" className="text-sm font-semibold">
        Anomalies
      </h3>
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">No unusual days in this period.</p>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Date</TableHead>
              <TableHead>Metric</TableHead>
              <TableHead className="text-right">Value</TableHead>
              <TableHead className="text-right">Typical</TableHead>
              <TableHead>Change</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((anomaly) => (
              <TableRow key={`${anomaly.date}-${anomaly.metric}`}>
                <TableCell className="whitespace-nowrap">{formatDay(anomaly.date, format.locale)}</TableCell>
                <TableCell>{METRIC_LABELS[anomaly.metric]}</TableCell>
                <TableCell className="text-right tabular-nums">
                  {formatKpi(anomaly.metric, anomaly.value, format)}
                </TableCell>
                <TableCell className="text-right text-muted-foreground tabular-nums">
                  {formatKpi(anomaly.metric, anomaly.median, format)}
                </TableCell>
                <TableCell>
                  <Badge variant={anomaly.direction === "spike" ? "warning" : "destructive"}>
                    <span aria-hidden="true">{anomaly.direction === "spike" ? "▲" : "▼"}</span>
                    {anomaly.direction === "spike" ? "Spike" : "Drop"}
                  </Badge>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
