"use client";

import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

type Props = {
  value: string;
  /** "Remove the stored key" is ticked. */
  clear: boolean;
  /** The stored key's hint, e.g. `sk-…abcd`; null when none is stored. */
  storedHint?: string | null;
  editing: boolean;
  error?: string;
  onChange: (patch: { apiKey?: string; clearApiKey?: boolean }) => void;
};

function helpText(editing: boolean, storedHint: string | null | undefined, clear: boolean): string {
  if (clear) return "The stored key is forgotten when you save.";
  if (storedHint) return `Leave empty to keep the stored key (${storedHint}).`;
  if (editing) return "No key is stored. Leave empty if the provider needs none.";
  return "Stored encrypted; only its last four characters are shown again. Leave empty if the provider needs none (e.g. a local Ollama).";
}

/** A write-only key: the stored one never comes back to the browser, only its hint. */
export function ApiKeyField({ value, clear, storedHint, editing, error, onChange }: Props) {
  return (
    <div className="grid gap-2">
      <FormField label="API key" error={error} description={helpText(editing, storedHint, clear)}>
        <Input
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={value}
          disabled={clear}
          maxLength={500}
          onChange={(event) => onChange({ apiKey: event.target.value })}
        />
      </FormField>
      {storedHint ? (
        <label className="flex cursor-pointer items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-4 cursor-pointer accent-primary"
            checked={clear}
            onChange={(event) => onChange({ clearApiKey: event.target.checked, apiKey: "" })}
          />
          Remove the stored key
        </label>
      ) : null}
    </div>
  );
}
