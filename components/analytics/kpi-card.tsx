import type { ReactNode } from "react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

type Props = { label: string; value: string; change: ReactNode };

/** One headline number; the section is named after the KPI so it can be found by its label. */
export function KpiCard({ label, value, change }: Props) {
  return (
    <section aria-label={label}>
      <Card className="h-full gap-2 py-4">
        <CardHeader className="px-4">
          <CardTitle className="text-sm font-medium text-muted-foreground">{label}</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-1 px-4">
          <p className="text-2xl font-semibold tracking-tight tabular-nums">{value}</p>
          {change}
        </CardContent>
      </Card>
    </section>
  );
}
