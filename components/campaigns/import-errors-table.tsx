import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { METRIC_FIELDS, type TRowError } from "@/lib/schemas/metrics";
import type { ColumnMapping } from "./column-mapping";

const isMetricField = (field: string): field is keyof ColumnMapping =>
  (METRIC_FIELDS as readonly string[]).includes(field);

/** The file's own column name, with the field it feeds when the names differ. */
function columnName(field: string | null, mapping: ColumnMapping): string {
  if (!field) return "—";
  const header = isMetricField(field) ? mapping[field] : "";
  return header && header.toLowerCase() !== field ? `${header} (${field})` : field;
}

/** Every problem the server found, by line of the file. */
export function ImportErrorsTable({ errors, mapping }: { errors: readonly TRowError[]; mapping: ColumnMapping }) {
  return (
    <div className="max-h-80 overflow-y-auto rounded-md border">
      <Table>
        <TableCaption className="mt-0 caption-top px-3 py-2 text-left font-medium text-foreground">
          Problems found
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>Line</TableHead>
            <TableHead>Column</TableHead>
            <TableHead>Problem</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {errors.map((error, index) => (
            <TableRow key={`${error.line}-${error.field ?? ""}-${index}`}>
              <TableCell className="tabular-nums">{error.line}</TableCell>
              <TableCell className="whitespace-nowrap">{columnName(error.field, mapping)}</TableCell>
              <TableCell>{error.reason}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
