"use client";

import { useClientOptions } from "@/components/clients/use-client-options";
import { MemberSelect } from "@/components/members/member-select";
import { FormField } from "@/components/ui/form-field";
import { RecordOptions } from "@/components/ui/record-options";
import { NativeSelect } from "@/components/ui/select";
import type { FieldErrors } from "@/lib/field-errors";
import type { TaskFormValues } from "./task-fields";
import { useTaskCampaignOptions } from "./use-task-campaign-options";

type References = Pick<TaskFormValues, "assigneeId" | "clientId" | "campaignId">;

export type ReferenceLabels = {
  assignee?: string | undefined;
  client?: string | undefined;
  campaign?: string | undefined;
};

type Props = {
  value: References;
  /** Names for current values the pickers do not list (a former member, an archived client…). */
  labels?: ReferenceLabels | undefined;
  errors: FieldErrors;
  onChange: (patch: Partial<References>) => void;
};

/** An option for the current value when the loaded list lacks it, so the select does not lie. */
function CurrentOption({ id, options, label }: { id: string; options: { id: string }[]; label: string }) {
  if (!id || options.some((option) => option.id === id)) return null;
  return <option value={id}>{label}</option>;
}

/** Who does the task and what it is for; all optional. */
export function TaskReferenceFields({ value, labels, errors, onChange }: Props) {
  const { clients, isPending: clientsPending } = useClientOptions();
  const { campaigns, isPending: campaignsPending } = useTaskCampaignOptions();
  // With a client chosen, only that client's campaigns make sense.
  const campaignOptions = value.clientId
    ? campaigns.filter((campaign) => campaign.clientId === value.clientId)
    : campaigns;

  return (
    <>
      <MemberSelect
        label="Assignee"
        emptyLabel="Unassigned"
        currentLabel={labels?.assignee}
        value={value.assigneeId}
        error={errors.assigneeId}
        onChange={(assigneeId) => onChange({ assigneeId })}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Client" error={errors.clientId}>
          <NativeSelect
            value={value.clientId}
            onChange={(event) => {
              const clientId = event.target.value;
              const campaign = campaigns.find((option) => option.id === value.campaignId);
              const keepCampaign = !clientId || !campaign || campaign.clientId === clientId;
              onChange(keepCampaign ? { clientId } : { clientId, campaignId: "" });
            }}
          >
            <option value="">{clientsPending ? "Loading clients…" : "No client"}</option>
            {clientsPending ? null : (
              <CurrentOption id={value.clientId} options={clients} label={labels?.client ?? "Current client"} />
            )}
            <RecordOptions records={clients} />
          </NativeSelect>
        </FormField>
        <FormField label="Campaign" error={errors.campaignId}>
          <NativeSelect
            value={value.campaignId}
            onChange={(event) => {
              const campaign = campaigns.find((option) => option.id === event.target.value);
              // Picking a campaign also says whose work it is.
              onChange(
                campaign && !value.clientId
                  ? { campaignId: campaign.id, clientId: campaign.clientId }
                  : { campaignId: event.target.value },
              );
            }}
          >
            <option value="">{campaignsPending ? "Loading campaigns…" : "No campaign"}</option>
            {campaignsPending ? null : (
              <CurrentOption
                id={value.campaignId}
                options={campaignOptions}
                label={labels?.campaign ?? "Current campaign"}
              />
            )}
            <RecordOptions records={campaignOptions} />
          </NativeSelect>
        </FormField>
      </div>
    </>
  );
}
