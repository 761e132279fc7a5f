"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ClientsTableSkeleton } from "@/components/clients/clients-table-skeleton";
import { useDebouncedValue } from "@/components/clients/use-debounced-value";
import { useCan } from "@/components/shell/org-context";
import { useBulkSelection } from "@/components/ui/bulk-selection";
import { useTRPC } from "@/lib/trpc/react";
import { ContactBulkActions } from "./contact-bulk-actions";
import { ContactsEmpty } from "./contacts-empty";
import { ContactsFilters, DEFAULT_CONTACT_FILTERS, type ContactListFilters } from "./contacts-filters";
import { ContactsTable } from "./contacts-table";
import { ExportCsvLink } from "@/components/ui/export-csv-link";
import { InfiniteListBody } from "@/components/ui/infinite-list-body";
import { CreateContactDialog } from "./create-contact-dialog";

const PAGE_SIZE = 50;

export function ContactsTab() {
  const trpc = useTRPC();
  const canCreate = useCan("contact.create");
  const canDelete = useCan("contact.delete");
  const [filters, setFilters] = useState<ContactListFilters>(DEFAULT_CONTACT_FILTERS);
  const search = useDebouncedValue(filters.search.trim(), 250);
  const listInput = { search: search || undefined, clientId: filters.clientId || undefined };
  const query = useInfiniteQuery({
    ...trpc.contacts.list.infiniteQueryOptions(
      { ...listInput, limit: PAGE_SIZE },
      { getNextPageParam: (last) => last.nextCursor },
    ),
    // Keep the rows on screen while a new filter loads instead of flashing a skeleton.
    placeholderData: keepPreviousData,
  });
  const contacts = query.data?.pages.flatMap((page) => page.items) ?? [];
  const selection = useBulkSelection(contacts, JSON.stringify(listInput));
  const filtered = Boolean(filters.search.trim() || filters.clientId);

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <ContactsFilters value={filters} onChange={setFilters} />
        <div className="flex flex-wrap gap-2">
          <ExportCsvLink list="contacts" filters={listInput} />
          {canCreate ? <CreateContactDialog defaultClientId={filters.clientId} /> : null}
        </div>
      </div>
      <InfiniteListBody
        query={query}
        what="Contacts"
        count={contacts.length}
        skeleton={<ClientsTableSkeleton />}
        empty={
          <ContactsEmpty
            filtered={filtered}
            canCreate={canCreate}
            onClearFilters={() => setFilters(DEFAULT_CONTACT_FILTERS)}
          />
        }
      >
        {canDelete && selection.ids.length > 0 ? (
          <ContactBulkActions ids={selection.ids} onDone={selection.clear} />
        ) : null}
        <ContactsTable contacts={contacts} canDelete={canDelete} selection={canDelete ? selection : undefined} />
      </InfiniteListBody>
    </div>
  );
}
