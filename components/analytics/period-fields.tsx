"use client";

import { pickOption } from "@/components/clients/client-fields";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { choosePreset, type AnalyticsFilterState } from "./analytics-filter-state";
import { PERIOD_LABELS, PERIOD_PRESETS, rangeErrors } from "./date-range";

type Props = { value: AnalyticsFilterState; onChange: (next: AnalyticsFilterState) => void };

/** The period preset and, for a custom period, its first and last day. */
export function PeriodFields({ value, onChange }: Props) {
  const errors = value.preset === "custom" ? rangeErrors(value) : {};
  return (
    <>
      <FormField label="Period">
        <NativeSelect
          value={value.preset}
          onChange={(event) => onChange(choosePreset(value, pickOption(PERIOD_PRESETS, event.target.value, "last30")))}
        >
          {PERIOD_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {PERIOD_LABELS[preset]}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      {value.preset === "custom" ? (
        <>
          <FormField label="From" error={errors.from}>
            <Input
              type="date"
              value={value.from}
              max={value.to || undefined}
              onChange={(event) => onChange({ ...value, from: event.target.value })}
            />
          </FormField>
          <FormField label="To" error={errors.to}>
            <Input
              type="date"
              value={value.to}
              min={value.from || undefined}
              onChange={(event) => onChange({ ...value, to: event.target.value })}
            />
          </FormField>
        </>
      ) : null}
    </>
  );
}
