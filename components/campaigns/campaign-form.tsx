"use client";

import { useState, type ChangeEvent, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { formErrorMessage, serverFieldErrors, type ErrorWithFieldErrors, type FieldErrors } from "@/lib/field-errors";
import type { TCreateCampaignInput } from "@/lib/schemas/campaigns";
import type { CampaignFormValues } from "./campaign-fields";
import { CAMPAIGN_FORM_FIELDS, validateCampaignForm } from "./campaign-form-errors";
import { ChannelCheckboxes } from "./channel-checkboxes";
import { ClientSelect } from "@/components/clients/client-select";
import { MemberSelect } from "@/components/members/member-select";
import { FormAlert } from "@/components/ui/form-alert";

type TextField = Exclude<keyof CampaignFormValues, "channels" | "clientId" | "ownerId">;

type CampaignFormProps = {
  initialValues: CampaignFormValues;
  /** Only a new campaign picks its client; an existing one keeps it. */
  showClient: boolean;
  submitLabel: string;
  pending: boolean;
  /** The last mutation error; its field errors show next to the fields. */
  error?: ErrorWithFieldErrors | null;
  /** Path prefix of the fields in the mutation input ("patch" for updates). */
  errorPrefix?: string;
  onSubmit: (input: TCreateCampaignInput) => void;
  /** Extra buttons beside submit, e.g. Cancel. */
  secondaryActions?: ReactNode;
};

/** Create and edit form for a campaign. Keeps what was typed when saving fails. */
export function CampaignForm({
  initialValues,
  showClient,
  submitLabel,
  pending,
  error,
  errorPrefix = "",
  onSubmit,
  secondaryActions,
}: CampaignFormProps) {
  const [values, setValues] = useState(initialValues);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const errors: FieldErrors = { ...serverFieldErrors(error, errorPrefix), ...localErrors };
  const formError = formErrorMessage(error, CAMPAIGN_FORM_FIELDS, errorPrefix);

  const bind = (field: TextField) => ({
    value: values[field],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setValues((current) => ({ ...current, [field]: event.target.value })),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Same schema as the server, so most mistakes show without a round trip.
    const result = validateCampaignForm(values);
    if (!result.ok) {
      setLocalErrors(result.errors);
      return;
    }
    setLocalErrors({});
    onSubmit(result.input);
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="grid gap-4" aria-busy={pending}>
      <FormAlert>{formError}</FormAlert>
      {showClient ? (
        <ClientSelect
          owned="campaigns"
          value={values.clientId}
          error={errors.clientId}
          onChange={(clientId) => setValues((current) => ({ ...current, clientId }))}
        />
      ) : null}
      <FormField label="Name" required error={errors.name}>
        <Input {...bind("name")} maxLength={160} />
      </FormField>
      <ChannelCheckboxes
        value={values.channels}
        error={errors.channels}
        onChange={(channels) => setValues((current) => ({ ...current, channels }))}
      />
      <FormField label="Objective" required error={errors.objective}>
        <Textarea {...bind("objective")} rows={3} maxLength={500} />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <FormField label="Budget" required error={errors.budget}>
          <Input {...bind("budget")} type="number" inputMode="decimal" step="0.01" min="0" />
        </FormField>
        <FormField label="Currency" required error={errors.currency} description="Three letters, e.g. USD">
          <Input {...bind("currency")} maxLength={3} autoCapitalize="characters" spellCheck={false} />
        </FormField>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Start date" required error={errors.startDate}>
          <Input {...bind("startDate")} type="date" />
        </FormField>
        <FormField label="End date" error={errors.endDate} description="Leave empty for an open-ended campaign">
          <Input {...bind("endDate")} type="date" min={values.startDate || undefined} />
        </FormField>
      </div>
      <MemberSelect
        label="Owner"
        emptyLabel="No owner"
        value={values.ownerId}
        error={errors.ownerId}
        onChange={(ownerId) => setValues((current) => ({ ...current, ownerId }))}
      />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        {secondaryActions}
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
