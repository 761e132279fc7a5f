import { z } from "zod";
import { CHANNELS } from "./campaigns";

/** The columns a metrics file maps onto; `campaign` takes a campaign's id or its exact name. */
export const METRIC_FIELDS = [
  "date",
  "campaign",
  "channel",
  "impressions",
  "clicks",
  "conversions",
  "spend",
  "revenue",
] as const;
export type MetricField = (typeof METRIC_FIELDS)[number];

export const IMPORT_MODES = ["preview", "all-or-nothing", "valid-only"] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** Largest metrics file accepted, in bytes. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Rows per API call (larger sets go through the CSV import). */
export const MAX_API_ROWS = 5000;

/** Which CSV column (by header text) feeds each field; unmapped fields use the same-named column. */
export const ZColumnMapping = z.partialRecord(z.enum(METRIC_FIELDS), z.string().trim().min(1).max(200));
export type TColumnMapping = z.infer<typeof ZColumnMapping>;

export const ZMetricRowInput = z
  .object({
    date: z.string(),
    campaign: z.string(),
    channel: z.string(),
    impressions: z.union([z.number(), z.string()]),
    clicks: z.union([z.number(), z.string()]),
    conversions: z.union([z.number(), z.string()]),
    spend: z.union([z.number(), z.string()]),
    revenue: z.union([z.number(), z.string()]),
  })
  .strict();
export type TMetricRowInput = z.infer<typeof ZMetricRowInput>;

export const ZIngestMetricsInput = z
  .object({
    rows: z
      .array(ZMetricRowInput)
      .min(1, "Send at least one row.")
      .max(MAX_API_ROWS, `At most ${MAX_API_ROWS} rows per call.`),
    mode: z.enum(IMPORT_MODES).default("all-or-nothing"),
  })
  .strict();

export const ZRowError = z.object({ line: z.number().int(), field: z.string().nullable(), reason: z.string() });
export type TRowError = z.infer<typeof ZRowError>;

export const ZImportReport = z.object({
  mode: z.enum(IMPORT_MODES),
  received: z.number().int(),
  valid: z.number().int(),
  errors: z.array(ZRowError),
  /** False when nothing was written: a preview, or all-or-nothing with errors. */
  applied: z.boolean(),
  inserted: z.number().int(),
  updated: z.number().int(),
});
export type TImportReport = z.infer<typeof ZImportReport>;

export const ZChannel = z.enum(CHANNELS);
