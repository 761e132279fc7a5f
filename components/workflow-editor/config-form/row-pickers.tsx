"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { useTRPC } from "@/lib/trpc/react";
import { emptied } from "./config-values";
import { type FieldOf, type FieldProps } from "./field-props";
import { errorOf, TextField } from "./simple-fields";
import { StringListField } from "./string-list-field";

interface Choice {
  id: string;
  name: string;
}

type PickerProps = FieldProps & {
  choices: readonly Choice[] | undefined;
  loading: boolean;
  loadError: string | null;
  /** The empty choice: what leaving it out means ("Agency default"), or a prompt to choose. */
  emptyLabel: string;
};

/**
 * A row chosen from a list the server gives. While the list cannot be had (no permission, a
 * network error) the id can still be typed, so the step stays editable.
 */
function RowPicker(props: PickerProps) {
  const { field, value, onChange, readOnly, choices, loading, loadError, emptyLabel } = props;
  const current = typeof value === "string" ? value : "";
  if (loadError)
    return (
      <TextField
        {...props}
        field={{ ...field, kind: "rowId", description: `The list could not be loaded (${loadError}); type the id.` }}
      />
    );
  const missing = current && choices && !choices.some((choice) => choice.id === current) ? current : null;
  return (
    <FormField label={field.label} description={field.description} error={errorOf(props)} required={!field.optional}>
      <NativeSelect
        value={current}
        disabled={readOnly}
        aria-busy={loading || undefined}
        onChange={(event) => onChange(event.target.value === "" ? emptied(field, "") : event.target.value)}
      >
        <option value="">{loading ? "Loading…" : emptyLabel}</option>
        {missing ? <option value={missing}>{`${missing} (not found)`}</option> : null}
        {choices?.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name}
          </option>
        ))}
      </NativeSelect>
    </FormField>
  );
}

const errorText = (error: { message: string } | null) => error?.message ?? null;

export function AgentPicker(props: FieldProps<FieldOf<"agent">>) {
  const trpc = useTRPC();
  const agents = useQuery(trpc.agents.list.queryOptions());
  return (
    <RowPicker
      {...props}
      choices={agents.data?.map((agent) => ({ id: agent.id, name: agent.name }))}
      loading={agents.isPending}
      loadError={errorText(agents.error)}
      emptyLabel="Choose an agent…"
    />
  );
}

export function WorkflowPicker(props: FieldProps<FieldOf<"workflow">>) {
  const trpc = useTRPC();
  const workflows = useQuery(trpc.workflows.list.queryOptions());
  return (
    <RowPicker
      {...props}
      choices={workflows.data?.map((workflow) => ({
        id: workflow.id,
        name: workflow.publishedVersion === null ? `${workflow.name} (not published)` : workflow.name,
      }))}
      loading={workflows.isPending}
      loadError={errorText(workflows.error)}
      emptyLabel="Choose a workflow…"
    />
  );
}

/** Clients this many at most are listed; one chosen beyond them is looked up on its own. */
const CLIENT_CHOICES = 100;

/** The agency's active clients by name; a chosen client not among them (archived, or past the first hundred) is fetched by id. */
export function ClientPicker(props: FieldProps<FieldOf<"client">>) {
  const trpc = useTRPC();
  const clients = useQuery(trpc.clients.list.queryOptions({ limit: CLIENT_CHOICES }));
  const current = typeof props.value === "string" ? props.value : "";
  const listed = clients.data?.items.some((client) => client.id === current) ?? false;
  const chosen = useQuery(
    trpc.clients.get.queryOptions({ id: current }, { enabled: Boolean(current) && clients.isSuccess && !listed }),
  );
  const choices = clients.data?.items.map((client) => ({ id: client.id, name: client.name }));
  if (choices && chosen.data && !listed) choices.push({ id: chosen.data.id, name: chosen.data.name });
  return (
    <RowPicker
      {...props}
      choices={choices}
      loading={clients.isPending}
      loadError={errorText(clients.error)}
      emptyLabel={props.field.optional ? "Every client" : "Choose a client…"}
    />
  );
}

export function ProviderPicker(props: FieldProps<FieldOf<"provider">>) {
  const trpc = useTRPC();
  const providers = useQuery(trpc.providers.list.queryOptions());
  return (
    <RowPicker
      {...props}
      choices={providers.data?.map((provider) => ({ id: provider.id, name: provider.name }))}
      loading={providers.isPending}
      loadError={errorText(providers.error)}
      emptyLabel={props.field.optional ? "Agency default" : "Choose a provider…"}
    />
  );
}

/**
 * The chosen provider's enabled models, with its default as the empty choice; free text when no
 * provider is chosen, the provider lists no models, or the person asks to type another.
 */
export function ModelPicker(props: FieldProps<FieldOf<"model">>) {
  const { field, value, siblings, onChange, readOnly } = props;
  const trpc = useTRPC();
  const providers = useQuery(trpc.providers.list.queryOptions());
  const [typing, setTyping] = useState(false);
  const current = typeof value === "string" ? value : "";
  const providerId = field.providerKey ? siblings[field.providerKey] : undefined;
  const provider =
    typeof providerId === "string" ? providers.data?.find((choice) => choice.id === providerId) : undefined;
  const models = provider?.models.map((model) => model.id) ?? [];
  const defaultLabel = provider ? `Provider default (${provider.defaultModel})` : "Provider default";
  const change = (next: string) => onChange(next === "" ? emptied(field, "") : next);

  if (!provider || !models.length || typing)
    return (
      <div className="grid gap-1">
        <FormField
          label={field.label}
          description={field.description ?? "The model's name, as the provider knows it."}
          error={errorOf(props)}
          required={!field.optional}
        >
          <Input
            value={current}
            readOnly={readOnly}
            maxLength={200}
            spellCheck={false}
            autoCapitalize="none"
            placeholder={defaultLabel}
            onChange={(event) => change(event.target.value)}
          />
        </FormField>
        {provider && models.length && !readOnly ? (
          <Button variant="link" size="sm" className="justify-self-start px-0" onClick={() => setTyping(false)}>
            Choose from {provider.name}&apos;s models
          </Button>
        ) : null}
      </div>
    );

  const listed = current && !models.includes(current) ? [current, ...models] : models;
  return (
    <div className="grid gap-1">
      <FormField label={field.label} description={field.description} error={errorOf(props)} required={!field.optional}>
        <NativeSelect value={current} disabled={readOnly} onChange={(event) => change(event.target.value)}>
          <option value="">{defaultLabel}</option>
          {listed.map((model) => (
            <option key={model} value={model}>
              {model}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      {readOnly ? null : (
        <Button variant="link" size="sm" className="justify-self-start px-0" onClick={() => setTyping(true)}>
          Type another model
        </Button>
      )}
    </div>
  );
}

/**
 * The agency's people as checkboxes, stored as the ticked ones' user ids (an approval's
 * approvers). Ids that belong to nobody in the list stay, marked, until they are unticked.
 * Without the list (no permission, a network error) the ids are edited as text.
 */
export function MembersPicker(props: FieldProps<FieldOf<"members">>) {
  const { field, value, onChange, readOnly } = props;
  const trpc = useTRPC();
  const members = useQuery(trpc.members.list.queryOptions());
  const chosen = Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  if (members.error)
    return (
      <StringListField
        {...props}
        field={{
          ...field,
          kind: "stringList",
          description: `The people could not be loaded (${members.error.message}); type user ids.`,
        }}
      />
    );
  const people = members.data?.map((member) => ({ id: member.user.id, label: `${member.user.name} (${member.role})` }));
  const unknown = people ? chosen.filter((id) => !people.some((person) => person.id === id)) : [];
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...chosen, id] : chosen.filter((item) => item !== id);
    onChange(next.length ? next : emptied(field, []));
  };
  return (
    <FormFieldset legend={field.label} description={field.description} error={errorOf(props)}>
      {!people ? (
        <p className="text-sm text-muted-foreground">Loading…</p>
      ) : (
        [...people, ...unknown.map((id) => ({ id, label: `${id} (not a member)` }))].map((person) => (
          <label key={person.id} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4 accent-primary"
              checked={chosen.includes(person.id)}
              disabled={readOnly}
              onChange={(event) => toggle(person.id, event.target.checked)}
            />
            {person.label}
          </label>
        ))
      )}
    </FormFieldset>
  );
}
