"use client";

import { ClientFilter } from "@/components/clients/client-filter";
import { FormField } from "@/components/ui/form-field";
import { RecordOptions } from "@/components/ui/record-options";
import { NativeSelect } from "@/components/ui/select";
import type { AnalyticsFilterState } from "./analytics-filter-state";
import { useCampaignOptions } from "./use-campaign-options";

type Props = { value: AnalyticsFilterState; onChange: (next: AnalyticsFilterState) => void };

/** Which client and campaign the numbers cover; choosing a client clears a campaign of another. */
export function ScopeFields({ value, onChange }: Props) {
  const { campaigns, isPending } = useCampaignOptions(value.clientId);
  return (
    <>
      <ClientFilter
        label="Client"
        anyLabel="All clients"
        value={value.clientId}
        onChange={(clientId) => onChange({ ...value, clientId, campaignId: "" })}
      />
      <FormField label="Campaign">
        <NativeSelect
          value={value.campaignId}
          onChange={(event) => onChange({ ...value, campaignId: event.target.value })}
        >
          <option value="">{isPending ? "Loading campaigns…" : "All campaigns"}</option>
          <RecordOptions records={campaigns} />
        </NativeSelect>
      </FormField>
    </>
  );
}
