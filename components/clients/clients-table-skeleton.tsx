import { TableSkeleton } from "@/components/ui/table-skeleton";

export function ClientsTableSkeleton({ rows = 5 }: { rows?: number }) {
  return <TableSkeleton label="Loading clients" rows={rows} />;
}
