"use client";

import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { CLIENT_SORTS, CLIENT_STATUSES, type ClientStatus } from "@/lib/schemas/clients";
import {
  pickOption,
  SORT_LABELS,
  STATUS_LABELS,
  type ArchivedFilter,
  type ClientSort,
  type SortDirection,
} from "./client-fields";

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
const DIRECTIONS = ["asc", "desc"] as const;

type Props = { value: ClientListFilters; onChange: (next: ClientListFilters) => void };

export function ClientsFilters({ value, onChange }: Props) {
  const set = (patch: Partial<ClientListFilters>) => onChange({ ...value, ...patch });
  return (
    <div
      role="search"
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(14rem,2fr)_repeat(4,minmax(8rem,1fr))]"
    >
      <FormField label="Search clients">
        <Input
          type="search"
          value={value.search}
          placeholder="Name, website, industry or tag"
          onChange={(event) => set({ search: event.target.value })}
        />
      </FormField>
      <FormField label="Filter by status">
        <NativeSelect
          value={value.status}
          onChange={(event) => set({ status: pickOption(STATUS_OPTIONS, event.target.value, "") })}
        >
          {STATUS_OPTIONS.map((status) => (
            <option key={status || "any"} value={status}>
              {status ? STATUS_LABELS[status] : "Any status"}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField label="Show">
        <NativeSelect
          value={value.archived}
          onChange={(event) => set({ archived: pickOption(ARCHIVED_OPTIONS, event.target.value, "active") })}
        >
          {ARCHIVED_OPTIONS.map((option) => (
            <option key={option} value={option}>
              {ARCHIVED_LABELS[option]}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField label="Sort by">
        <NativeSelect
          value={value.sort}
          onChange={(event) => set({ sort: pickOption(CLIENT_SORTS, event.target.value, "name") })}
        >
          {CLIENT_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField label="Order">
        <NativeSelect
          value={value.direction}
          onChange={(event) => set({ direction: pickOption(DIRECTIONS, event.target.value, "asc") })}
        >
          <option value="asc">Ascending</option>
          <option value="desc">Descending</option>
        </NativeSelect>
      </FormField>
    </div>
  );
}
