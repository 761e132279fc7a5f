import { CsvError, parseCsv } from "@/lib/csv";
import { METRIC_FIELDS, type MetricField, type TColumnMapping } from "@/lib/schemas/metrics";
import { AppError } from "../../errors";
import type { RawMetricRecord } from "./validate";

/**
 * Turns an uploaded CSV into metric records using the person's column mapping (a field
 * without a mapping reads the column of the same name, ignoring case). Refuses a file whose
 * structure is broken or that lacks a mapped column, naming what to fix.
 */
export function csvToMetricRecords(
  text: string,
  mapping: TColumnMapping,
): { header: string[]; records: RawMetricRecord[] } {
  let parsed;
  try {
    parsed = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) throw new AppError("BAD_REQUEST", `The file is not valid CSV: ${error.message}`);
    throw error;
  }
  const header = parsed.header.map((cell) => cell.trim());
  if (header.length === 0) throw new AppError("BAD_REQUEST", "The file is empty. Export it again with a header row.");
  const columnOf = new Map<MetricField, number>();
  const missing: string[] = [];
  for (const field of METRIC_FIELDS) {
    const wanted = (mapping[field] ?? field).toLowerCase();
    const index = header.findIndex((cell) => cell.toLowerCase() === wanted);
    if (index === -1) missing.push(mapping[field] ? `"${mapping[field]}" (for ${field})` : field);
    else columnOf.set(field, index);
  }
  if (missing.length > 0) {
    throw new AppError(
      "BAD_REQUEST",
      `The file has no column ${missing.join(", ")}. Map each field to one of: ${header.join(", ")}.`,
    );
  }
  const records = parsed.rows.map((row) => ({
    line: row.line,
    values: Object.fromEntries(
      METRIC_FIELDS.map((field) => [field, row.cells[columnOf.get(field) ?? -1] ?? ""]),
    ) as RawMetricRecord["values"],
  }));
  return { header, records };
}
