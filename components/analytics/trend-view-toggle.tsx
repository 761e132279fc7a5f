"use client";

import { Button } from "@/components/ui/button";
import { TREND_VIEW_LABELS, TREND_VIEWS, type TrendView } from "./trend-metrics";

type Props = { value: TrendView; onChange: (view: TrendView) => void };

/** Which metrics the trend chart draws. */
export function TrendViewToggle({ value, onChange }: Props) {
  return (
    <div role="group" aria-label="Chart metric" className="inline-flex rounded-lg bg-muted p-[3px]">
      {TREND_VIEWS.map((view) => (
        <Button
          key={view}
          size="sm"
          variant={view === value ? "outline" : "ghost"}
          aria-pressed={view === value}
          className="h-7"
          onClick={() => onChange(view)}
        >
          {TREND_VIEW_LABELS[view]}
        </Button>
      ))}
    </div>
  );
}
