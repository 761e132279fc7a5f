"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { OptionSelect } from "@/components/ui/option-select";
import { Textarea } from "@/components/ui/textarea";
import { TEMPLATE_DEFAULTS, type AgentTemplate } from "@/lib/agents/templates";
import { formErrorMessage, serverFieldErrors, type ErrorWithFieldErrors, type FieldErrors } from "@/lib/field-errors";
import { AGENT_VISIBILITIES } from "@/lib/schemas/agents";
import { AGENT_FORM_FIELDS, validateAgentForm, type AgentFormValues, type AgentPatch } from "./agent-form-values";
import { TEMPLATE_LABELS, VISIBILITY_LABELS } from "./agent-labels";
import { AgentModelFields, type ProviderChoice } from "./agent-model-fields";
import { AgentPromptField } from "./agent-prompt-field";
import { AgentToolsField } from "./agent-tools-field";
import { AgentVariablesEditor } from "./agent-variables-editor";
import { FormAlert } from "@/components/ui/form-alert";

type Props = {
  initialValues: AgentFormValues;
  template: AgentTemplate;
  providers: readonly ProviderChoice[];
  providersError?: string;
  /** Shows the settings without a way to change them (roles without `agent.manage`). */
  readOnly: boolean;
  pending: boolean;
  /** The last save's error; its field errors show next to the fields. */
  error?: ErrorWithFieldErrors | null;
  onSubmit: (patch: AgentPatch) => void;
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="grid gap-4 rounded-xl border p-6">
      <h2 className="text-base font-semibold">{title}</h2>
      {children}
    </section>
  );
}

/** Every setting of an agent. Keeps what was typed when saving fails. */
export function AgentForm({
  initialValues,
  template,
  providers,
  providersError,
  readOnly,
  pending,
  error,
  onSubmit,
}: Props) {
  const [values, setValues] = useState(initialValues);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const errors: FieldErrors = { ...serverFieldErrors(error, "patch"), ...localErrors };
  const formError = formErrorMessage(error, AGENT_FORM_FIELDS, "patch");
  const set = (patch: Partial<AgentFormValues>) => setValues((current) => ({ ...current, ...patch }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = validateAgentForm(values);
    if (!result.ok) {
      setLocalErrors(result.errors);
      return;
    }
    setLocalErrors({});
    onSubmit(result.patch);
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="grid gap-6" aria-busy={pending}>
      <FormAlert>{formError}</FormAlert>
      {/* A disabled fieldset disables every control in it: the read-only view of the same form. */}
      <fieldset disabled={readOnly} className="grid min-w-0 gap-6">
        <Section title="Profile">
          <FormField label="Name" required error={errors.name}>
            <Input value={values.name} maxLength={100} onChange={(event) => set({ name: event.target.value })} />
          </FormField>
          <FormField label="Description" error={errors.description} description="What the agent is for, in a line.">
            <Textarea
              value={values.description}
              rows={2}
              maxLength={500}
              onChange={(event) => set({ description: event.target.value })}
            />
          </FormField>
          <FormField label="Role" description={`Chosen at creation. ${TEMPLATE_DEFAULTS[template].description}`}>
            <Input value={TEMPLATE_LABELS[template]} readOnly className="bg-muted/50" />
          </FormField>
        </Section>
        <Section title="Model">
          <AgentModelFields
            providers={providers}
            providerId={values.providerId}
            model={values.model}
            errors={errors}
            loadError={providersError}
            onChange={set}
          />
          <FormField
            label="Temperature"
            error={errors.temperature}
            description={`${values.temperature.toFixed(1)} — lower gives steadier answers, higher more varied ones (0 to 2).`}
          >
            <input
              type="range"
              min={0}
              max={2}
              step={0.1}
              value={values.temperature}
              className="w-full cursor-pointer accent-primary disabled:cursor-not-allowed"
              onChange={(event) => set({ temperature: Number(event.target.value) })}
            />
          </FormField>
        </Section>
        <Section title="Instructions">
          <AgentPromptField
            value={values.systemPrompt}
            customNames={values.variables.map((row) => row.name.trim())}
            error={errors.systemPrompt}
            onChange={(systemPrompt) => set({ systemPrompt })}
          />
          <AgentVariablesEditor
            rows={values.variables}
            readOnly={readOnly}
            error={errors.variables}
            onChange={(variables) => set({ variables })}
          />
        </Section>
        <Section title="Tools">
          <AgentToolsField value={values.tools} error={errors.tools} onChange={(tools) => set({ tools })} />
        </Section>
        <Section title="Memory, cache and visibility">
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField
              label="Memory (messages)"
              required
              error={errors.memoryWindow}
              description="How many earlier messages the agent keeps in view, 0 to 200."
            >
              <Input
                type="number"
                inputMode="numeric"
                min={0}
                max={200}
                step={1}
                value={values.memoryWindow}
                onChange={(event) => set({ memoryWindow: event.target.value })}
              />
            </FormField>
            <FormField
              label="Response cache (seconds)"
              error={errors.cacheTtlSeconds}
              description="Leave empty for no cache; otherwise 60 to 86,400 (a day)."
            >
              <Input
                type="number"
                inputMode="numeric"
                min={60}
                max={86_400}
                step={1}
                placeholder="Off"
                value={values.cacheTtlSeconds}
                onChange={(event) => set({ cacheTtlSeconds: event.target.value })}
              />
            </FormField>
          </div>
          <OptionSelect
            label="Visibility"
            value={values.visibility}
            options={AGENT_VISIBILITIES}
            labels={VISIBILITY_LABELS}
            onChange={(visibility) => set({ visibility })}
          />
        </Section>
      </fieldset>
      {readOnly ? null : (
        <div className="flex justify-end">
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save changes"}
          </Button>
        </div>
      )}
    </form>
  );
}
