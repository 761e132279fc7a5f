import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { SelectAllHead, SelectRowCell, type BulkSelection } from "@/components/ui/bulk-selection";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate } from "@/lib/format-date";
import type { ClientListItem } from "./client-fields";
import { ClientStatusBadge } from "./client-status-badge";
import { ClientTags } from "./client-tags";

type Props = {
  clients: ClientListItem[];
  /** Without it the rows cannot be selected (the role may not archive clients). */
  selection?: BulkSelection;
};

export function ClientsTable({ clients, selection }: Props) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          {selection ? <SelectAllHead selection={selection} /> : null}
          <TableHead>Name</TableHead>
          <TableHead>Industry</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Tags</TableHead>
          <TableHead>Updated</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {clients.map((client) => (
          <TableRow key={client.id} data-state={selection?.isSelected(client.id) ? "selected" : undefined}>
            {selection ? <SelectRowCell selection={selection} id={client.id} name={client.name} /> : null}
            <TableCell className="font-medium">
              <Link
                href={`/clients/${client.id}`}
                className="rounded-sm underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
              >
                {client.name}
              </Link>
            </TableCell>
            <TableCell>{client.industry ?? <span className="text-muted-foreground">—</span>}</TableCell>
            <TableCell>
              <div className="flex flex-wrap gap-1">
                <ClientStatusBadge status={client.status} />
                {client.archivedAt ? <Badge variant="outline">Archived</Badge> : null}
              </div>
            </TableCell>
            <TableCell>
              <ClientTags tags={client.tags} />
            </TableCell>
            <TableCell className="whitespace-nowrap text-muted-foreground">
              <time dateTime={client.updatedAt.toISOString()}>{formatDate(client.updatedAt)}</time>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
