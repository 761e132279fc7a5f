import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format-date";
import type { AuditEventRow } from "./audit-filter-values";

type Props = { events: AuditEventRow[]; onOpen: (event: AuditEventRow) => void };

export function AuditTable({ events, onOpen }: Props) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Time</TableHead>
          <TableHead>Actor</TableHead>
          <TableHead>Action</TableHead>
          <TableHead>Target</TableHead>
          <TableHead>IP</TableHead>
          <TableHead className="text-right">
            <span className="sr-only">Details</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {events.map((event) => (
          <TableRow key={event.id}>
            <TableCell className="whitespace-nowrap">
              <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt)}</time>
            </TableCell>
            <TableCell className="max-w-56 truncate" title={event.actorLabel}>
              {event.actorLabel}
            </TableCell>
            <TableCell>
              <code className="rounded bg-muted px-1.5 py-0.5 text-xs">{event.action}</code>
            </TableCell>
            <TableCell>
              <span>{event.targetType}</span>
              {event.targetId ? (
                <span className="block font-mono text-xs text-muted-foreground">{event.targetId}</span>
              ) : null}
            </TableCell>
            <TableCell className="font-mono text-xs">{event.ip ?? "—"}</TableCell>
            <TableCell className="text-right">
              <Button variant="ghost" size="sm" onClick={() => onOpen(event)}>
                Details<span className="sr-only"> of event #{event.seq}</span>
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
