"use client";

import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { OptionSelect, SortFields } from "@/components/ui/option-select";
import { NativeSelect } from "@/components/ui/select";
import { CAMPAIGN_STATUSES, type CampaignStatus } from "@/lib/schemas/campaigns";
import { CAMPAIGN_SORTS, SORT_LABELS, STATUS_LABELS, type CampaignSort, type SortDirection } from "./campaign-fields";
import { useClientOptions } from "@/components/clients/use-client-options";

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
  const { clients } = useClientOptions();
  const set = (patch: Partial<CampaignListFilters>) => onChange({ ...value, ...patch });
  return (
    <div
      role="search"
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(14rem,2fr)_repeat(4,minmax(8rem,1fr))]"
    >
      <FormField label="Search campaigns">
        <Input
          type="search"
          value={value.search}
          placeholder="Campaign or client name"
          onChange={(event) => set({ search: event.target.value })}
        />
      </FormField>
      <FormField label="Filter by client">
        <NativeSelect value={value.clientId} onChange={(event) => set({ clientId: event.target.value })}>
          <option value="">Any client</option>
          {clients.map((client) => (
            <option key={client.id} value={client.id}>
              {client.name}
            </option>
          ))}
        </NativeSelect>
      </FormField>
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
