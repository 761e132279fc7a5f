"use client";

import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/select";
import type { FieldErrors } from "@/lib/field-errors";
import { METRIC_FIELDS, type MetricField } from "@/lib/schemas/metrics";
import { fieldLabel, type ColumnMapping } from "./column-mapping";

const DESCRIPTIONS: Partial<Record<MetricField, string>> = {
  date: "One day per row, like 2026-03-31",
  campaign: "The campaign's id or its exact name",
  channel: "search, social, email, display or whatsapp",
};

type Props = {
  headers: readonly string[];
  value: ColumnMapping;
  errors: FieldErrors;
  onChange: (next: ColumnMapping) => void;
};

/** One select per metric field, offering the file's columns. */
export function ColumnMappingFields({ headers, value, errors, onChange }: Props) {
  return (
    <fieldset className="grid gap-3">
      <legend className="mb-1 text-sm font-medium">Which column holds each value?</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        {METRIC_FIELDS.map((field) => (
          <FormField key={field} label={fieldLabel(field)} description={DESCRIPTIONS[field]} error={errors[field]}>
            <NativeSelect
              value={value[field]}
              onChange={(event) => onChange({ ...value, [field]: event.target.value })}
            >
              <option value="" disabled>
                Choose a column
              </option>
              {headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </NativeSelect>
          </FormField>
        ))}
      </div>
    </fieldset>
  );
}
