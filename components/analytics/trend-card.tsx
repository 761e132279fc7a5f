"use client";

import { useState } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { FormatOptions } from "@/lib/metrics";
import type { TAnalytics } from "@/lib/schemas/analytics";
import { AnomaliesTable } from "./anomalies-table";
import { TrendChart } from "./trend-chart";
import type { TrendView } from "./trend-metrics";
import { TrendViewToggle } from "./trend-view-toggle";

type Props = { trend: TAnalytics["trend"]; anomalies: TAnalytics["anomalies"]; format: FormatOptions };

export function TrendCard({ trend, anomalies, format }: Props) {
  const [view, setView] = useState<TrendView>("money");
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Trend</h2>
        </CardTitle>
        <CardDescription>Day by day; ringed points are unusual days.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        <TrendViewToggle value={view} onChange={setView} />
        <TrendChart trend={trend} anomalies={anomalies} view={view} format={format} />
        <AnomaliesTable anomalies={anomalies} format={format} />
      </CardContent>
    </Card>
  );
}
