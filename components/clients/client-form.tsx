"use client";

import { useState, type ChangeEvent, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import {
  formErrorMessage,
  issueFieldErrors,
  serverFieldErrors,
  type ErrorWithFieldErrors,
  type FieldErrors,
} from "@/lib/field-errors";
import { CLIENT_STATUSES, ZCreateClientInput, type TCreateClientInput } from "@/lib/schemas/clients";
import { formValuesToInput, parseStatus, STATUS_LABELS, type ClientFormValues } from "./client-fields";
import { FormAlert } from "@/components/ui/form-alert";
import { BRAND_FIELDS, ClientBrandFields } from "./client-brand-fields";

type TextField = Exclude<keyof ClientFormValues, "status">;

const CLIENT_FIELDS = [
  "name",
  "website",
  "industry",
  "status",
  "tags",
  "notes",
  ...BRAND_FIELDS,
] as const satisfies readonly (keyof ClientFormValues)[];

type ClientFormProps = {
  initialValues: ClientFormValues;
  submitLabel: string;
  pending: boolean;
  /** The last mutation error; its field errors show next to the fields. */
  error?: ErrorWithFieldErrors | null;
  /** Path prefix of the fields in the mutation input ("patch" for updates). */
  errorPrefix?: string;
  onSubmit: (input: TCreateClientInput) => void;
  /** Extra buttons beside submit, e.g. Cancel. */
  secondaryActions?: ReactNode;
};

/** Create and edit form for a client. Keeps what was typed when saving fails. */
export function ClientForm({
  initialValues,
  submitLabel,
  pending,
  error,
  errorPrefix = "",
  onSubmit,
  secondaryActions,
}: ClientFormProps) {
  const [values, setValues] = useState(initialValues);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const errors: FieldErrors = { ...serverFieldErrors(error, errorPrefix), ...localErrors };
  const formError = formErrorMessage(error, CLIENT_FIELDS, errorPrefix);

  const bind = (field: TextField) => ({
    value: values[field],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setValues((current) => ({ ...current, [field]: event.target.value })),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Same schema as the server, so most mistakes show without a round trip.
    const parsed = ZCreateClientInput.safeParse(formValuesToInput(values));
    if (!parsed.success) {
      setLocalErrors(issueFieldErrors(parsed.error.issues));
      return;
    }
    setLocalErrors({});
    onSubmit(parsed.data);
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="grid gap-4" aria-busy={pending}>
      <FormAlert>{formError}</FormAlert>
      <FormField label="Name" required error={errors.name}>
        <Input {...bind("name")} autoComplete="organization" maxLength={160} />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Website" error={errors.website} description="Starts with https://">
          <Input {...bind("website")} type="url" inputMode="url" placeholder="https://example.com" />
        </FormField>
        <FormField label="Industry" error={errors.industry}>
          <Input {...bind("industry")} maxLength={80} />
        </FormField>
      </div>
      <FormField label="Status" error={errors.status}>
        <NativeSelect
          value={values.status}
          onChange={(event) => setValues((current) => ({ ...current, status: parseStatus(event.target.value) }))}
        >
          {CLIENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField label="Tags" error={errors.tags} description="Separate tags with commas, e.g. retail, q3-launch">
        <Input {...bind("tags")} />
      </FormField>
      <FormField label="Notes" error={errors.notes}>
        <Textarea {...bind("notes")} rows={4} />
      </FormField>
      <ClientBrandFields bind={bind} errors={errors} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        {secondaryActions}
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
