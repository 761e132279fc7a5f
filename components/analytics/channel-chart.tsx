"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatKpi, type FormatOptions } from "@/lib/metrics";
import { AXIS_TICK, formatAxis, GRID_STROKE, TOOLTIP_STYLE } from "./chart-theme";
import type { ChannelRow } from "./channel-rows";

type Props = { rows: ChannelRow[]; format: FormatOptions };

/** Spend beside revenue for each channel. */
export function ChannelChart({ rows, format }: Props) {
  return (
    <div className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid stroke={GRID_STROKE} strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={AXIS_TICK} tickLine={false} />
          <YAxis
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={false}
            width={64}
            tickFormatter={(value: number) => formatAxis(value, format.locale, format.currency)}
          />
          <Tooltip
            contentStyle={TOOLTIP_STYLE}
            cursor={{ fill: "var(--muted)" }}
            formatter={(value) => (typeof value === "number" ? formatKpi("spend", value, format) : value)}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="spend" name="Spend" fill="var(--primary)" radius={[4, 4, 0, 0]} isAnimationActive={false} />
          <Bar dataKey="revenue" name="Revenue" fill="var(--success)" radius={[4, 4, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
