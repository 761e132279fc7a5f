"use client";

import type { AnalyticsFilterState } from "./analytics-filter-state";
import { PeriodFields } from "./period-fields";
import { ScopeFields } from "./scope-fields";

type Props = { value: AnalyticsFilterState; onChange: (next: AnalyticsFilterState) => void };

export function AnalyticsFilters({ value, onChange }: Props) {
  return (
    <div role="search" aria-label="Analytics filters" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
      <PeriodFields value={value} onChange={onChange} />
      <ScopeFields value={value} onChange={onChange} />
    </div>
  );
}
