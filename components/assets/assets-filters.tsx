"use client";

import { ClientFilter } from "@/components/clients/client-filter";
import { OptionSelect, SortFields } from "@/components/ui/option-select";
import { SearchField } from "@/components/ui/search-field";
import { ASSET_KINDS, ASSET_KIND_LABELS, ASSET_SORTS, ASSET_STATUSES, ASSET_STATUS_LABELS } from "@/lib/schemas/assets";
import { ASSET_SORT_LABELS, type AssetFilters } from "./asset-filter-values";

const STATUS_OPTIONS = ["", ...ASSET_STATUSES] as const;
const KIND_OPTIONS = ["", ...ASSET_KINDS] as const;

type Props = { value: AssetFilters; onChange: (next: AssetFilters) => void };

export function AssetsFilters({ value, onChange }: Props) {
  const set = (patch: Partial<AssetFilters>) => onChange({ ...value, ...patch });
  return (
    <div
      role="search"
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-[minmax(14rem,2fr)_repeat(5,minmax(8rem,1fr))]"
    >
      <SearchField
        label="Search assets"
        value={value.search}
        placeholder="Asset name"
        onChange={(search) => set({ search })}
      />
      <ClientFilter
        label="Filter by client"
        anyLabel="Any client"
        value={value.clientId}
        onChange={(clientId) => set({ clientId })}
      />
      <OptionSelect
        label="Filter by status"
        value={value.status}
        options={STATUS_OPTIONS}
        labels={{ "": "Any status", ...ASSET_STATUS_LABELS }}
        onChange={(status) => set({ status })}
      />
      <OptionSelect
        label="Filter by kind"
        value={value.kind}
        options={KIND_OPTIONS}
        labels={{ "": "Any kind", ...ASSET_KIND_LABELS }}
        onChange={(kind) => set({ kind })}
      />
      <SortFields
        sort={value.sort}
        order={value.order}
        sorts={ASSET_SORTS}
        sortLabels={ASSET_SORT_LABELS}
        onChange={({ sort, order }) => set({ sort, order })}
      />
      {/* Archived assets are a set of their own: the toggle shows them instead of the others. */}
      <label className="flex w-fit cursor-pointer items-center gap-2 text-sm font-medium sm:col-span-full">
        <input
          type="checkbox"
          className="size-4 cursor-pointer accent-primary"
          checked={value.archived}
          onChange={(event) => set({ archived: event.target.checked })}
        />
        Show archived
      </label>
    </div>
  );
}
