"use client";

import { ClientFilter } from "@/components/clients/client-filter";
import { OptionSelect, SortFields } from "@/components/ui/option-select";
import { SearchField } from "@/components/ui/search-field";
import { CAMPAIGN_STATUSES, type CampaignStatus } from "@/lib/schemas/campaigns";
import { CAMPAIGN_SORTS, SORT_LABELS, STATUS_LABELS, type CampaignSort, type SortDirection } from "./campaign-fields";

export type CampaignListFilters = {
  search: string;
  clientId: string;
  status: CampaignStatus | "";
  sort: CampaignSort;
  direction: SortDirection;
};

export const DEFAULT_CAMPAIGN_FILTERS: CampaignListFilters = {
  search: "",
  clientId: "",
  status: "",
  sort: "startDate",
  direction: "desc",
};

const STATUS_OPTIONS = ["", ...CAMPAIGN_STATUSES] as const;

type Props = { value: CampaignListFilters; onChange: (next: CampaignListFilters) => void };

export function CampaignsFilters({ value, onChange }: Props) {
  const set = (patch: Partial<CampaignListFilters>) => onChange({ ...value, ...patch });
  return (
    <div
      role="search"
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(14rem,2fr)_repeat(4,minmax(8rem,1fr))]"
    >
      <SearchField
        label="Search campaigns"
        value={value.search}
        placeholder="Campaign or client name"
        onChange={(search) => set({ search })}
      />
      <ClientFilter
        label="Filter by client"
        anyLabel="Any client"
        value={value.clientId}
        onChange={(clientId) => set({ clientId })}
      />
      {/* The server leaves archived campaigns out unless they are asked for. */}
      <OptionSelect
        label="Filter by status"
        value={value.status}
        options={STATUS_OPTIONS}
        labels={{ "": "Any but archived", ...STATUS_LABELS }}
        onChange={(status) => set({ status })}
      />
      <SortFields
        sort={value.sort}
        order={value.direction}
        sorts={CAMPAIGN_SORTS}
        sortLabels={SORT_LABELS}
        onChange={({ sort, order }) => set({ sort, direction: order })}
      />
    </div>
  );
}
