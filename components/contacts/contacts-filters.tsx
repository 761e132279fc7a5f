"use client";

import { useClientOptions } from "@/components/clients/use-client-options";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";

export type ContactListFilters = { search: string; clientId: string };

export const DEFAULT_CONTACT_FILTERS: ContactListFilters = { search: "", clientId: "" };

type Props = { value: ContactListFilters; onChange: (next: ContactListFilters) => void };

export function ContactsFilters({ value, onChange }: Props) {
  const { clients } = useClientOptions();
  const set = (patch: Partial<ContactListFilters>) => onChange({ ...value, ...patch });
  return (
    <div role="search" className="grid flex-1 gap-3 sm:grid-cols-[minmax(14rem,2fr)_minmax(10rem,1fr)]">
      <FormField label="Search contacts">
        <Input
          type="search"
          value={value.search}
          placeholder="Name, email, phone or title"
          onChange={(event) => set({ search: event.target.value })}
        />
      </FormField>
      <FormField label="Client filter">
        <NativeSelect value={value.clientId} onChange={(event) => set({ clientId: event.target.value })}>
          <option value="">All clients</option>
          {clients.map((client) => (
            <option key={client.id} value={client.id}>
              {client.name}
            </option>
          ))}
        </NativeSelect>
      </FormField>
    </div>
  );
}
