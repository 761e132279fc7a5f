"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type ChangeEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { FieldErrors } from "@/lib/field-errors";
import { MAX_IMPORT_BYTES, type ImportMode } from "@/lib/schemas/metrics";
import { useTRPC } from "@/lib/trpc/react";
import { guessColumnMapping, unmappedFieldErrors, type ColumnMapping } from "./column-mapping";
import { ColumnMappingFields } from "./column-mapping-fields";
import { formatBytes, readCsvHeader } from "./csv-header";
import { ImportReportView } from "./import-report-view";
import { postMetricsImport, TOO_LARGE_MESSAGE } from "./metrics-import-request";
import { FormAlert } from "@/components/ui/form-alert";

type Upload = { file: File; headers: string[] };

/** Choose a CSV file, map its columns, check it, then import all or only the valid rows. */
export function MetricsImportForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [upload, setUpload] = useState<Upload | null>(null);
  const [fileError, setFileError] = useState<string>();
  const [mapping, setMapping] = useState<ColumnMapping>(() => guessColumnMapping([]));
  const [mappingErrors, setMappingErrors] = useState<FieldErrors>({});
  // Only the latest file choice may fill the form; an earlier, slower read is dropped.
  const selection = useRef(0);
  const request = useMutation({
    mutationFn: (input: { file: File; mode: ImportMode; mapping: ColumnMapping }) =>
      postMetricsImport(input.file, input.mode, input.mapping),
    onSuccess: (report) => {
      if (report.applied) void queryClient.invalidateQueries(trpc.campaigns.pathFilter());
    },
  });

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    const current = ++selection.current;
    request.reset();
    setUpload(null);
    setFileError(undefined);
    setMappingErrors({});
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setFileError(`This file is ${formatBytes(file.size)}. ${TOO_LARGE_MESSAGE}`);
      return;
    }
    try {
      const headers = await readCsvHeader(file);
      if (current !== selection.current) return;
      if (headers.length === 0) {
        setFileError("This file has no header row. Its first line should name the columns, e.g. date,campaign,…");
        return;
      }
      setUpload({ file, headers });
      setMapping(guessColumnMapping(headers));
    } catch {
      if (current === selection.current) setFileError("This file could not be read. Choose it again.");
    }
  }

  function send(mode: ImportMode) {
    if (!upload) return;
    const missing = unmappedFieldErrors(mapping);
    setMappingErrors(missing);
    if (Object.keys(missing).length > 0) return;
    request.mutate({ file: upload.file, mode, mapping });
  }

  return (
    <div className="grid gap-5" aria-busy={request.isPending}>
      <FormField
        label="CSV file"
        error={fileError}
        description={`One row per campaign, day and channel; up to ${formatBytes(MAX_IMPORT_BYTES)}.`}
      >
        <Input type="file" accept=".csv,text/csv" onChange={(event) => void handleFile(event)} />
      </FormField>
      {upload ? (
        <>
          <ColumnMappingFields
            headers={upload.headers}
            value={mapping}
            errors={mappingErrors}
            onChange={(next) => {
              // A report made with other columns no longer describes what would be imported.
              request.reset();
              setMappingErrors({});
              setMapping(next);
            }}
          />
          <Button
            variant="secondary"
            className="justify-self-end"
            disabled={request.isPending}
            onClick={() => send("preview")}
          >
            Check file
          </Button>
        </>
      ) : null}
      <FormAlert>{request.error?.message}</FormAlert>
      {upload && request.data ? (
        <ImportReportView report={request.data} mapping={mapping} pending={request.isPending} onImport={send} />
      ) : null}
    </div>
  );
}
