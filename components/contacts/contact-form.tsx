"use client";

import { useState, type ChangeEvent, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import {
  formErrorMessage,
  issueFieldErrors,
  serverFieldErrors,
  type ErrorWithFieldErrors,
  type FieldErrors,
} from "@/lib/field-errors";
import { ZCreateContactInput, type TCreateContactInput } from "@/lib/schemas/contacts";
import { ConsentCheckboxes } from "./consent-checkboxes";
import { ClientSelect } from "@/components/clients/client-select";
import {
  CONTACT_FORM_FIELDS,
  contactFormToInput,
  type ContactFormValues,
  type ContactTextField,
} from "./contact-fields";
import { FormAlert } from "@/components/ui/form-alert";

type Props = {
  initialValues: ContactFormValues;
  submitLabel: string;
  pending: boolean;
  /** The last mutation error; its field errors show next to the fields. */
  error?: ErrorWithFieldErrors | null;
  onSubmit: (input: TCreateContactInput) => void;
  /** Extra buttons beside submit, e.g. Cancel. */
  secondaryActions?: ReactNode;
};

/** The contact form. Keeps what was typed when saving fails. */
export function ContactForm({ initialValues, submitLabel, pending, error, onSubmit, secondaryActions }: Props) {
  const [values, setValues] = useState(initialValues);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const errors: FieldErrors = { ...serverFieldErrors(error), ...localErrors };
  const formError = formErrorMessage(error, CONTACT_FORM_FIELDS);
  const set = (patch: Partial<ContactFormValues>) => setValues((current) => ({ ...current, ...patch }));

  const bind = (field: ContactTextField) => ({
    value: values[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) => set({ [field]: event.target.value }),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Same schema as the server, so most mistakes show without a round trip.
    const parsed = ZCreateContactInput.safeParse(contactFormToInput(values));
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
      <ClientSelect
        owned="contacts"
        value={values.clientId}
        onChange={(clientId) => set({ clientId })}
        error={errors.clientId}
      />
      <FormField label="Name" required error={errors.name}>
        <Input {...bind("name")} autoComplete="off" maxLength={160} />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Email" error={errors.email}>
          <Input {...bind("email")} type="email" inputMode="email" autoComplete="off" />
        </FormField>
        <FormField label="Phone" error={errors.phone}>
          <Input {...bind("phone")} type="tel" inputMode="tel" autoComplete="off" />
        </FormField>
      </div>
      <FormField label="Title" error={errors.title}>
        <Input {...bind("title")} maxLength={120} placeholder="e.g. Marketing lead" />
      </FormField>
      <FormField label="Tags" error={errors.tags} description="Separate tags with commas, e.g. vip, newsletter">
        <Input {...bind("tags")} />
      </FormField>
      <ConsentCheckboxes values={values} onChange={set} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        {secondaryActions}
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
