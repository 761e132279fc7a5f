"use client";

import { CONSENT_FIELDS, CONSENT_LABELS, type ConsentField } from "./contact-fields";

type Props = {
  values: Record<ConsentField, boolean>;
  onChange: (patch: Partial<Record<ConsentField, boolean>>) => void;
};

/** "Email consent", "SMS consent" and "WhatsApp consent" checkboxes. */
export function ConsentCheckboxes({ values, onChange }: Props) {
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-2 text-sm leading-none font-medium">Consent</legend>
      <div className="flex flex-wrap gap-x-5 gap-y-2">
        {CONSENT_FIELDS.map((field) => (
          <label key={field} className="flex cursor-pointer items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4 cursor-pointer accent-primary"
              checked={values[field]}
              onChange={(event) => onChange({ [field]: event.target.checked })}
            />
            {CONSENT_LABELS[field]} consent
          </label>
        ))}
      </div>
    </fieldset>
  );
}
