import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { computeKpis, formatKpi, type FormatOptions } from "@/lib/metrics";
import type { ChannelRow } from "./channel-rows";

type Props = { rows: ChannelRow[]; format: FormatOptions };

export function ChannelTable({ rows, format }: Props) {
  return (
    <Table aria-label="Return by channel">
      <TableHeader>
        <TableRow>
          <TableHead>Channel</TableHead>
          <TableHead className="text-right">Spend</TableHead>
          <TableHead className="text-right">Revenue</TableHead>
          <TableHead className="text-right">ROAS</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.channel}>
            <TableCell className="font-medium">{row.label}</TableCell>
            <TableCell className="text-right tabular-nums">{formatKpi("spend", row.spend, format)}</TableCell>
            <TableCell className="text-right tabular-nums">{formatKpi("revenue", row.revenue, format)}</TableCell>
            <TableCell className="text-right tabular-nums">
              {formatKpi("roas", computeKpis(row).roas, format)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
