import { Button } from "@/components/ui/button";
import type { ImportMode, TImportReport } from "@/lib/schemas/metrics";
import type { ColumnMapping } from "./column-mapping";
import { ImportErrorsTable } from "./import-errors-table";

type Props = {
  report: TImportReport;
  mapping: ColumnMapping;
  pending: boolean;
  onImport: (mode: Extract<ImportMode, "all-or-nothing" | "valid-only">) => void;
};

const rows = (count: number) => `${count} ${count === 1 ? "row" : "rows"}`;

/** What the server made of the file: counts, every problem, and the ways to import it. */
export function ImportReportView({ report, mapping, pending, onImport }: Props) {
  const hasErrors = report.errors.length > 0;

  if (report.applied) {
    return (
      <div className="grid gap-3">
        <p role="status" className="rounded-md border border-success/40 bg-success/10 p-3 text-sm font-medium">
          {`Imported: ${report.inserted} new, ${report.updated} updated`}
        </p>
        {hasErrors ? (
          <>
            <p className="text-sm text-muted-foreground">
              Skipped {rows(report.received - report.valid)} with problems; fix them and import the file again.
            </p>
            <ImportErrorsTable errors={report.errors} mapping={mapping} />
          </>
        ) : null}
      </div>
    );
  }

  return (
    <div className="grid gap-3">
      <p className="text-sm font-medium">{`${rows(report.received)}, ${report.valid} valid`}</p>
      {report.received === 0 ? (
        <p className="text-sm text-muted-foreground">The file has no rows under its header.</p>
      ) : null}
      {hasErrors ? (
        <>
          <p className="text-sm text-muted-foreground">
            Nothing was imported.{" "}
            {report.valid > 0
              ? "Fix these rows and check the file again, or import only the valid rows."
              : "Fix these rows and check the file again."}
          </p>
          <ImportErrorsTable errors={report.errors} mapping={mapping} />
        </>
      ) : null}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        {hasErrors && report.valid > 0 ? (
          <Button variant="outline" disabled={pending} onClick={() => onImport("valid-only")}>
            {`Import ${report.valid} valid ${report.valid === 1 ? "row" : "rows"}`}
          </Button>
        ) : null}
        <Button disabled={pending || hasErrors || report.valid === 0} onClick={() => onImport("all-or-nothing")}>
          Import all rows
        </Button>
      </div>
    </div>
  );
}
