import { ClientTags } from "@/components/clients/client-tags";
import { SelectAllHead, SelectRowCell, type BulkSelection } from "@/components/ui/bulk-selection";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ConsentBadges } from "./consent-badges";
import type { ContactRecord } from "./contact-fields";
import { DeleteContactDialog } from "./delete-contact-dialog";

const none = <span className="text-muted-foreground">—</span>;

type Props = {
  contacts: ContactRecord[];
  canDelete: boolean;
  /** Without it the rows cannot be selected (the role may not delete contacts). */
  selection?: BulkSelection;
};

export function ContactsTable({ contacts, canDelete, selection }: Props) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          {selection ? <SelectAllHead selection={selection} /> : null}
          <TableHead>Name</TableHead>
          <TableHead>Email</TableHead>
          <TableHead>Phone</TableHead>
          <TableHead>Title</TableHead>
          <TableHead>Client</TableHead>
          <TableHead>Tags</TableHead>
          <TableHead>Consent</TableHead>
          {canDelete ? (
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          ) : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {contacts.map((contact) => (
          <TableRow key={contact.id} data-state={selection?.isSelected(contact.id) ? "selected" : undefined}>
            {selection ? <SelectRowCell selection={selection} id={contact.id} name={contact.name} /> : null}
            <TableCell className="font-medium">{contact.name}</TableCell>
            <TableCell>{contact.email ?? none}</TableCell>
            <TableCell className="whitespace-nowrap">{contact.phone ?? none}</TableCell>
            <TableCell>{contact.title ?? none}</TableCell>
            <TableCell>{contact.client.name}</TableCell>
            <TableCell>
              <ClientTags tags={contact.tags} />
            </TableCell>
            <TableCell>
              <ConsentBadges contact={contact} />
            </TableCell>
            {canDelete ? (
              <TableCell className="text-right">
                <DeleteContactDialog contact={contact} />
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
