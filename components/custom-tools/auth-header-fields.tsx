"use client";

import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { CustomToolFormValues } from "./custom-tool-form-values";

type Props = {
  name: string;
  value: string;
  /** "Remove the auth header" is ticked. */
  clear: boolean;
  /** The stored value's hint, e.g. `…abcd`; null when none is stored. */
  storedHint?: string | null;
  errors: { authHeaderName?: string; authHeaderValue?: string };
  onChange: (
    patch: Partial<Pick<CustomToolFormValues, "authHeaderName" | "authHeaderValue" | "clearAuthHeader">>,
  ) => void;
};

function valueHelp(storedHint: string | null | undefined, clear: boolean): string {
  if (clear) return "The header and its stored value are forgotten when you save.";
  if (storedHint) return `Leave empty to keep the stored value (${storedHint}).`;
  return "Stored encrypted and never shown again, only its last four characters.";
}

/** The header sent with every call, for an API key: the value is write-only, only its hint comes back. */
export function AuthHeaderFields({ name, value, clear, storedHint, errors, onChange }: Props) {
  return (
    <div className="grid gap-2">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label="Auth header"
          error={errors.authHeaderName}
          description="Optional, e.g. Authorization or X-Api-Key."
        >
          <Input
            value={name}
            disabled={clear}
            spellCheck={false}
            autoCapitalize="none"
            maxLength={100}
            placeholder="Authorization"
            onChange={(event) => onChange({ authHeaderName: event.target.value })}
          />
        </FormField>
        <FormField label="Header value" error={errors.authHeaderValue} description={valueHelp(storedHint, clear)}>
          <Input
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={value}
            disabled={clear}
            maxLength={2_000}
            placeholder={storedHint ? "Keep the stored value" : "Bearer …"}
            onChange={(event) => onChange({ authHeaderValue: event.target.value })}
          />
        </FormField>
      </div>
      {storedHint ? (
        <label className="flex cursor-pointer items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-4 cursor-pointer accent-primary"
            checked={clear}
            onChange={(event) => onChange({ clearAuthHeader: event.target.checked, authHeaderValue: "" })}
          />
          Remove the auth header
        </label>
      ) : null}
    </div>
  );
}
