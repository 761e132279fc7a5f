"use client";

import { useClientOptions } from "@/components/clients/use-client-options";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { describeDefinition, type SegmentRecord } from "./segment-rules";

const contactsCount = (count: number) => `${count} ${count === 1 ? "contact" : "contacts"}`;

type Props = { segments: SegmentRecord[]; onOpen: (segment: SegmentRecord) => void };

export function SegmentsList({ segments, onOpen }: Props) {
  const { clients } = useClientOptions();
  const clientName = (id: string) => clients.find((client) => client.id === id)?.name;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Rules</TableHead>
          <TableHead className="text-right">Contacts</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {segments.map((segment) => (
          <TableRow key={segment.id}>
            <TableCell className="font-medium">
              <button
                type="button"
                onClick={() => onOpen(segment)}
                className="cursor-pointer rounded-sm text-left underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
              >
                {segment.name}
              </button>
            </TableCell>
            <TableCell className="text-muted-foreground">
              {describeDefinition(segment.definition, clientName)}
            </TableCell>
            <TableCell className="text-right whitespace-nowrap tabular-nums">{contactsCount(segment.count)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
