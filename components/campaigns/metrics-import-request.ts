import { z } from "zod";
import {
  MAX_IMPORT_BYTES,
  METRIC_FIELDS,
  ZImportReport,
  type ImportMode,
  type TImportReport,
} from "@/lib/schemas/metrics";
import { postFile } from "@/lib/post-file";
import type { ColumnMapping } from "./column-mapping";
import { formatBytes } from "./csv-header";

const ZImportResponse = z.object({ report: ZImportReport, header: z.array(z.string()) });

export const TOO_LARGE_MESSAGE = `The largest file you can import is ${formatBytes(MAX_IMPORT_BYTES)}. Split it into smaller files and import them one by one.`;

function fallbackMessage(status: number): string {
  if (status === 413) return TOO_LARGE_MESSAGE;
  if (status === 401) return "Your session has ended. Sign in again, then retry the import.";
  if (status === 403) return "Your role may not import metrics in this agency.";
  if (status === 404) return "The metrics import is not available right now. Try again later.";
  return `The import failed (HTTP ${status}). Try again; if it keeps happening, tell your administrator.`;
}

/** Sends the whole file to the CSV import in `mode`; throws an Error with a message a person can act on. */
export async function postMetricsImport(file: File, mode: ImportMode, mapping: ColumnMapping): Promise<TImportReport> {
  if (file.size > MAX_IMPORT_BYTES) throw new Error(TOO_LARGE_MESSAGE);
  const chosen = Object.fromEntries(
    METRIC_FIELDS.flatMap((field) => (mapping[field] ? [[field, mapping[field]]] : [])),
  );
  const params = new URLSearchParams({ mode, mapping: JSON.stringify(chosen) });
  const body = await postFile(`/api/campaigns/metrics/import?${params.toString()}`, file, {
    headers: { "Content-Type": "text/csv" },
    fallbackMessage,
  });
  const parsed = ZImportResponse.safeParse(body);
  if (!parsed.success) throw new Error("The server's answer could not be read. Reload the page and try again.");
  return parsed.data.report;
}
