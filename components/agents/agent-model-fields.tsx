"use client";

import Link from "next/link";
import { useCan } from "@/components/shell/org-context";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import type { FieldErrors } from "@/lib/field-errors";
import { OFFLINE_MODEL_LABEL } from "./agent-labels";

/** A provider the agent may run on; `defaultModel` is null when only its name is known. */
export type ProviderChoice = { id: string; name: string; defaultModel: string | null; models: readonly string[] };

type Props = {
  providers: readonly ProviderChoice[];
  providerId: string;
  model: string;
  errors: FieldErrors;
  /** Why the provider list is missing, when it failed to load. */
  loadError?: string;
  onChange: (patch: { providerId?: string; model?: string }) => void;
};

/** Provider, then model: the provider's enabled models, or free text when it lists none. */
export function AgentModelFields({ providers, providerId, model, errors, loadError, onChange }: Props) {
  const canConnect = useCan("provider.manage");
  const provider = providers.find((choice) => choice.id === providerId);
  const defaultLabel = provider?.defaultModel ? `Provider default (${provider.defaultModel})` : "Provider default";
  // A model the provider no longer lists stays visible, so saving does not change it silently.
  const models = provider && model && !provider.models.includes(model) ? [model, ...provider.models] : provider?.models;

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormField
        label="Provider"
        error={errors.providerId ?? loadError}
        description={
          providers.length ? undefined : canConnect ? (
            <>
              Connect one under{" "}
              <Link href="/providers" className="underline underline-offset-4 hover:text-foreground">
                Model providers
              </Link>{" "}
              to use a real model.
            </>
          ) : (
            "Only the offline model is available until an admin connects a provider."
          )
        }
      >
        <NativeSelect
          value={providerId}
          // A new provider starts on its default model.
          onChange={(event) => onChange({ providerId: event.target.value, model: "" })}
        >
          <option value="">{OFFLINE_MODEL_LABEL}</option>
          {providers.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.name}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      {!providerId ? null : models?.length ? (
        <FormField label="Model" error={errors.model}>
          <NativeSelect value={model} onChange={(event) => onChange({ model: event.target.value })}>
            <option value="">{defaultLabel}</option>
            {models.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      ) : (
        <FormField label="Model" error={errors.model} description="Leave empty for the provider's default model.">
          <Input
            value={model}
            maxLength={200}
            spellCheck={false}
            autoCapitalize="none"
            placeholder={defaultLabel}
            onChange={(event) => onChange({ model: event.target.value })}
          />
        </FormField>
      )}
    </div>
  );
}
