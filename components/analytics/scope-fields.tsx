"use client";

import { useClientOptions } from "@/components/clients/use-client-options";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/select";
import type { AnalyticsFilterState } from "./analytics-filter-state";
import { useCampaignOptions } from "./use-campaign-options";

type Props = { value: AnalyticsFilterState; onChange: (next: AnalyticsFilterState) => void };

/** Which client and campaign the numbers cover; choosing a client clears a campaign of another. */
export function ScopeFields({ value, onChange }: Props) {
  const { clients } = useClientOptions();
  const { campaigns, isPending } = useCampaignOptions(value.clientId);
  return (
    <>
      <FormField label="Client">
        <NativeSelect
          value={value.clientId}
          onChange={(event) => onChange({ ...value, clientId: event.target.value, campaignId: "" })}
        >
          <option value="">All clients</option>
          {clients.map((client) => (
            <option key={client.id} value={client.id}>
              {client.name}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField label="Campaign">
        <NativeSelect
          value={value.campaignId}
          onChange={(event) => onChange({ ...value, campaignId: event.target.value })}
        >
          <option value="">{isPending ? "Loading campaigns…" : "All campaigns"}</option>
          {campaigns.map((campaign) => (
            <option key={campaign.id} value={campaign.id}>
              {campaign.name}
            </option>
          ))}
        </NativeSelect>
      </FormField>
    </>
  );
}
