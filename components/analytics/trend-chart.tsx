"use client";

import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceDot,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatKpi, type FormatOptions } from "@/lib/metrics";
import type { TAnalytics } from "@/lib/schemas/analytics";
import { AXIS_TICK, formatAxis, GRID_STROKE, TOOLTIP_STYLE } from "./chart-theme";
import { formatDay } from "./format-day";
import { anomaliesInView, TREND_SERIES, type TrendView } from "./trend-metrics";

type Props = {
  trend: TAnalytics["trend"];
  anomalies: TAnalytics["anomalies"];
  view: TrendView;
  format: FormatOptions;
};

/** Daily values of the chosen metrics, with anomaly days ringed (amber for a spike, red for a drop). */
export function TrendChart({ trend, anomalies, view, format }: Props) {
  const money = view === "money";
  const kind = money ? "spend" : view;
  const marked = anomaliesInView(anomalies, view);
  return (
    <div className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={trend} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="date"
            tick={AXIS_TICK}
            tickLine={false}
            minTickGap={24}
            tickFormatter={(day: string) => formatDay(day, format.locale)}
          />
          <YAxis
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={false}
            width={64}
            allowDecimals={money}
            tickFormatter={(value: number) => formatAxis(value, format.locale, money ? format.currency : null)}
          />
          <Tooltip
            contentStyle={TOOLTIP_STYLE}
            labelFormatter={(label) => (typeof label === "string" ? formatDay(label, format.locale) : label)}
            formatter={(value) => (typeof value === "number" ? formatKpi(kind, value, format) : value)}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {TREND_SERIES[view].map((series) => (
            <Line
              key={series.key}
              type="monotone"
              dataKey={series.key}
              name={series.name}
              stroke={series.color}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ))}
          {marked.map((anomaly) => (
            <ReferenceDot
              key={`${anomaly.metric}-${anomaly.date}`}
              x={anomaly.date}
              y={anomaly.value}
              r={5}
              fill={anomaly.direction === "spike" ? "var(--warning)" : "var(--destructive)"}
              stroke="var(--background)"
              strokeWidth={2}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
