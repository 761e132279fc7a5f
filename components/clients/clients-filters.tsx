"use client";

import { OptionSelect, SortFields } from "@/components/ui/option-select";
import { SearchField } from "@/components/ui/search-field";
import { CLIENT_SORTS, CLIENT_STATUSES, type ClientStatus } from "@/lib/schemas/clients";
import { SORT_LABELS, STATUS_LABELS, type ArchivedFilter, type ClientSort, type SortDirection } from "./client-fields";

export type ClientListFilters = {
  search: string;
  status: ClientStatus | "";
  archived: ArchivedFilter;
  sort: ClientSort;
  direction: SortDirection;
};

export const DEFAULT_CLIENT_FILTERS: ClientListFilters = {
  search: "",
  status: "",
  archived: "active",
  sort: "name",
  direction: "asc",
};

const ARCHIVED_OPTIONS = ["active", "archived", "all"] as const;
const ARCHIVED_LABELS: Record<ArchivedFilter, string> = { active: "Active", archived: "Archived", all: "All" };
const STATUS_OPTIONS = ["", ...CLIENT_STATUSES] as const;

type Props = { value: ClientListFilters; onChange: (next: ClientListFilters) => void };

export function ClientsFilters({ value, onChange }: Props) {
  const set = (patch: Partial<ClientListFilters>) => onChange({ ...value, ...patch });
  return (
    <div
      role="search"
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(14rem,2fr)_repeat(4,minmax(8rem,1fr))]"
    >
      <SearchField
        label="Search clients"
        value={value.search}
        placeholder="Name, website, industry or tag"
        onChange={(search) => set({ search })}
      />
      <OptionSelect
        label="Filter by status"
        value={value.status}
        options={STATUS_OPTIONS}
        labels={{ "": "Any status", ...STATUS_LABELS }}
        onChange={(status) => set({ status })}
      />
      <OptionSelect
        label="Show"
        value={value.archived}
        options={ARCHIVED_OPTIONS}
        labels={ARCHIVED_LABELS}
        onChange={(archived) => set({ archived })}
      />
      <SortFields
        sort={value.sort}
        order={value.direction}
        sorts={CLIENT_SORTS}
        sortLabels={SORT_LABELS}
        onChange={({ sort, order }) => set({ sort, direction: order })}
      />
    </div>
  );
}
