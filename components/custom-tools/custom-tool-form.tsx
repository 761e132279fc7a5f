"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-actions";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { OptionSelect } from "@/components/ui/option-select";
import { Textarea } from "@/components/ui/textarea";
import { formErrorMessage, serverFieldErrors, type ErrorWithFieldErrors, type FieldErrors } from "@/lib/field-errors";
import { HTTP_TOOL_METHOD_LABELS, HTTP_TOOL_METHODS, TIMEOUT_MS } from "@/lib/schemas/custom-tools";
import { AuthHeaderFields } from "./auth-header-fields";
import { CUSTOM_TOOL_FORM_FIELDS, type CustomToolFormValues } from "./custom-tool-form-values";
import { InputSchemaField } from "./input-schema-field";

type Props = {
  initialValues: CustomToolFormValues;
  /** The stored auth header value's hint when editing; null when none is stored. */
  storedHint?: string | null;
  submitLabel: string;
  pending: boolean;
  /** The last save's error; its field errors show next to the fields. */
  error?: ErrorWithFieldErrors | null;
  /** Path prefix of the fields in the mutation input ("patch" for updates). */
  errorPrefix?: string;
  /** Checks the values; returns the errors to show, or null once they were sent. */
  onSubmit: (values: CustomToolFormValues) => FieldErrors | null;
};

const code = (text: ReactNode) => <code className="text-xs">{text}</code>;

/** Create and edit form for a custom HTTP tool. Keeps what was typed when saving fails. */
export function CustomToolForm({
  initialValues,
  storedHint,
  submitLabel,
  pending,
  error,
  errorPrefix = "",
  onSubmit,
}: Props) {
  const [values, setValues] = useState(initialValues);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const errors: FieldErrors = { ...serverFieldErrors(error, errorPrefix), ...localErrors };
  const set = (patch: Partial<CustomToolFormValues>) => setValues((current) => ({ ...current, ...patch }));
  const name = values.name.trim() || "your_tool";

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setLocalErrors(onSubmit(values) ?? {});
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="grid gap-4" aria-busy={pending}>
      <FormField
        label="Name"
        required
        error={errors.name}
        description={<>Lower-case letters, digits and _. Agents list it as {code(`custom.${name}`)}.</>}
      >
        <Input
          value={values.name}
          maxLength={48}
          spellCheck={false}
          autoCapitalize="none"
          placeholder="weather_now"
          onChange={(event) => set({ name: event.target.value })}
        />
      </FormField>
      <FormField
        label="Description"
        required
        error={errors.description}
        description="What it does and when to use it: the model reads this to decide whether to call it."
      >
        <Textarea
          value={values.description}
          rows={2}
          maxLength={1_000}
          onChange={(event) => set({ description: event.target.value })}
        />
      </FormField>
      <OptionSelect
        label="Method"
        value={values.method}
        options={HTTP_TOOL_METHODS}
        labels={HTTP_TOOL_METHOD_LABELS}
        onChange={(method) => set({ method })}
      />
      <FormField
        label="URL"
        required
        error={errors.url}
        description={
          <>
            Put {code("{{field}}")} where an input property goes in the path or query; it must be required. Public
            addresses only: private and local ones are refused when the tool runs.
          </>
        }
      >
        <Input
          type="url"
          inputMode="url"
          spellCheck={false}
          autoCapitalize="none"
          maxLength={2_048}
          placeholder="https://api.example.com/v1/weather?city={{city}}"
          value={values.url}
          onChange={(event) => set({ url: event.target.value })}
        />
      </FormField>
      <InputSchemaField
        value={values.inputSchema}
        error={errors.inputSchema}
        onChange={(inputSchema) => set({ inputSchema })}
      />
      <AuthHeaderFields
        name={values.authHeaderName}
        value={values.authHeaderValue}
        clear={values.clearAuthHeader}
        storedHint={storedHint}
        errors={errors}
        onChange={set}
      />
      <FormField
        label="Timeout (ms)"
        required
        error={errors.timeoutMs}
        description="How long a call may take, 1,000 to 30,000 ms."
      >
        <Input
          type="number"
          inputMode="numeric"
          min={TIMEOUT_MS.min}
          max={TIMEOUT_MS.max}
          step={500}
          value={values.timeoutMs}
          onChange={(event) => set({ timeoutMs: event.target.value })}
        />
      </FormField>
      <DialogActions error={formErrorMessage(error, CUSTOM_TOOL_FORM_FIELDS, errorPrefix)}>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </Button>
      </DialogActions>
    </form>
  );
}
