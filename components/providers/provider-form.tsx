"use client";

import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-actions";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { OptionSelect } from "@/components/ui/option-select";
import { formErrorMessage, serverFieldErrors, type ErrorWithFieldErrors, type FieldErrors } from "@/lib/field-errors";
import {
  DEFAULT_BASE_URLS,
  PROVIDER_KIND_LABELS,
  PROVIDER_KINDS,
  type TCreateProviderInput,
  type TProvider,
} from "@/lib/schemas/providers";
import { ApiKeyField } from "./api-key-field";
import { ProviderConnectionTest } from "./provider-connection-test";
import { PROVIDER_FORM_FIELDS, validateProviderForm, type ProviderFormValues } from "./provider-form-values";
import { ProviderModelsEditor } from "./provider-models-editor";

type Props = {
  initialValues: ProviderFormValues;
  /** The provider being edited; absent for a new one. */
  saved?: Pick<TProvider, "id" | "kind" | "baseUrl" | "apiKeyHint">;
  submitLabel: string;
  pending: boolean;
  /** The last save's error; its field errors show next to the fields. */
  error?: ErrorWithFieldErrors | null;
  /** Path prefix of the fields in the mutation input ("patch" for updates). */
  errorPrefix?: string;
  onSubmit: (input: TCreateProviderInput, clearApiKey: boolean) => void;
};

/** Create and edit form for a model provider. Keeps what was typed when saving fails. */
export function ProviderForm({ initialValues, saved, submitLabel, pending, error, errorPrefix = "", onSubmit }: Props) {
  const modelListId = useId();
  const [values, setValues] = useState(initialValues);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const errors: FieldErrors = { ...serverFieldErrors(error, errorPrefix), ...localErrors };
  const set = (patch: Partial<ProviderFormValues>) => setValues((current) => ({ ...current, ...patch }));
  const defaultUrl = DEFAULT_BASE_URLS[values.kind];
  const enabledIds = values.models.map((model) => model.id.trim()).filter(Boolean);

  function enable(id: string) {
    setValues((current) =>
      current.models.some((model) => model.id.trim() === id)
        ? current
        : {
            ...current,
            models: [...current.models, { id, inputPerMillion: "", outputPerMillion: "" }],
            defaultModel: current.defaultModel.trim() ? current.defaultModel : id,
          },
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = validateProviderForm(values);
    if (!result.ok) {
      setLocalErrors(result.errors);
      return;
    }
    setLocalErrors({});
    onSubmit(result.input, values.clearApiKey);
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="grid gap-4" aria-busy={pending}>
      <FormField label="Name" required error={errors.name} description="How agents and reports name it.">
        <Input value={values.name} maxLength={100} onChange={(event) => set({ name: event.target.value })} />
      </FormField>
      <OptionSelect
        label="Kind"
        value={values.kind}
        options={PROVIDER_KINDS}
        labels={PROVIDER_KIND_LABELS}
        onChange={(kind) => set({ kind })}
      />
      <FormField
        label="Base URL"
        required={!defaultUrl}
        error={errors.baseUrl}
        description={
          defaultUrl
            ? `Leave empty to use ${defaultUrl}.`
            : "Required for OpenAI-compatible providers: the address that ends in /v1, e.g. http://localhost:11434/v1."
        }
      >
        <Input
          type="url"
          inputMode="url"
          spellCheck={false}
          autoCapitalize="none"
          placeholder={defaultUrl ?? "https://…/v1"}
          value={values.baseUrl}
          onChange={(event) => set({ baseUrl: event.target.value })}
        />
      </FormField>
      <ApiKeyField
        value={values.apiKey}
        clear={values.clearApiKey}
        storedHint={saved?.apiKeyHint}
        editing={Boolean(saved)}
        error={errors.apiKey}
        onChange={set}
      />
      <ProviderConnectionTest
        values={values}
        saved={saved && { id: saved.id, kind: saved.kind, baseUrl: saved.baseUrl ?? "" }}
        onEnable={enable}
        onInvalid={setLocalErrors}
      />
      <FormField
        label="Default model"
        required
        error={errors.defaultModel}
        description="Agents use it unless they pick another; it must be one of the enabled models when any are listed."
      >
        <Input
          list={modelListId}
          spellCheck={false}
          autoCapitalize="none"
          maxLength={200}
          placeholder="e.g. gpt-4o-mini"
          value={values.defaultModel}
          onChange={(event) => set({ defaultModel: event.target.value })}
        />
      </FormField>
      <datalist id={modelListId}>
        {enabledIds.map((id) => (
          <option key={id} value={id} />
        ))}
      </datalist>
      <ProviderModelsEditor rows={values.models} error={errors.models} onChange={(models) => set({ models })} />
      <DialogActions error={formErrorMessage(error, PROVIDER_FORM_FIELDS, errorPrefix)}>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </Button>
      </DialogActions>
    </form>
  );
}
