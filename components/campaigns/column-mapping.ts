import { METRIC_FIELDS, type MetricField } from "@/lib/schemas/metrics";
import type { FieldErrors } from "@/lib/field-errors";

/** Which header feeds each metric field; "" while the person has not chosen one. */
export type ColumnMapping = Record<MetricField, string>;

/** "impressions" -> "Impressions": the label of each mapping select. */
export const fieldLabel = (field: MetricField) => field.charAt(0).toUpperCase() + field.slice(1);

/** Each field preselects the header that matches its name, ignoring case. */
export function guessColumnMapping(headers: readonly string[]): ColumnMapping {
  const pick = (field: MetricField) => headers.find((header) => header.toLowerCase() === field) ?? "";
  return {
    date: pick("date"),
    campaign: pick("campaign"),
    channel: pick("channel"),
    impressions: pick("impressions"),
    clicks: pick("clicks"),
    conversions: pick("conversions"),
    spend: pick("spend"),
    revenue: pick("revenue"),
  };
}

/** An error for every field without a column: the server would find nothing to read for it. */
export function unmappedFieldErrors(mapping: ColumnMapping): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of METRIC_FIELDS) {
    if (!mapping[field]) errors[field] = `Choose the column that holds the ${field}.`;
  }
  return errors;
}
