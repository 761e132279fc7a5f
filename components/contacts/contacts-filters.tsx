"use client";

import { ClientFilter } from "@/components/clients/client-filter";
import { SearchField } from "@/components/ui/search-field";

export type ContactListFilters = { search: string; clientId: string };

export const DEFAULT_CONTACT_FILTERS: ContactListFilters = { search: "", clientId: "" };

type Props = { value: ContactListFilters; onChange: (next: ContactListFilters) => void };

export function ContactsFilters({ value, onChange }: Props) {
  const set = (patch: Partial<ContactListFilters>) => onChange({ ...value, ...patch });
  return (
    <div role="search" className="grid flex-1 gap-3 sm:grid-cols-[minmax(14rem,2fr)_minmax(10rem,1fr)]">
      <SearchField
        label="Search contacts"
        value={value.search}
        placeholder="Name, email, phone or title"
        onChange={(search) => set({ search })}
      />
      <ClientFilter
        label="Client filter"
        anyLabel="All clients"
        value={value.clientId}
        onChange={(clientId) => set({ clientId })}
      />
    </div>
  );
}
