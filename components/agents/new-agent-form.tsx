"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-actions";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { OptionSelect } from "@/components/ui/option-select";
import { AGENT_TEMPLATES, TEMPLATE_DEFAULTS, type AgentTemplate } from "@/lib/agents/templates";
import {
  formErrorMessage,
  issueFieldErrors,
  serverFieldErrors,
  type ErrorWithFieldErrors,
  type FieldErrors,
} from "@/lib/field-errors";
import { ZCreateAgentInput, type TCreateAgentInput } from "@/lib/schemas/agents";
import { TEMPLATE_LABELS } from "./agent-labels";

type Props = {
  pending: boolean;
  /** The last create's error; its field errors show next to the fields. */
  error?: ErrorWithFieldErrors | null;
  onSubmit: (input: TCreateAgentInput) => void;
};

const FIELDS = ["template", "name"] as const;

/** Role and name of a new agent; the rest starts from the role and is set in the editor. */
export function NewAgentForm({ pending, error, onSubmit }: Props) {
  const [template, setTemplate] = useState<AgentTemplate>("custom");
  const [name, setName] = useState(TEMPLATE_DEFAULTS.custom.name);
  // The name follows the role until the person types one of their own.
  const [nameTyped, setNameTyped] = useState(false);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const errors: FieldErrors = { ...serverFieldErrors(error), ...localErrors };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZCreateAgentInput.safeParse({ template, name });
    if (!parsed.success) {
      setLocalErrors(issueFieldErrors(parsed.error.issues));
      return;
    }
    setLocalErrors({});
    onSubmit(parsed.data);
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="grid gap-4" aria-busy={pending}>
      <OptionSelect
        label="Role"
        value={template}
        options={AGENT_TEMPLATES}
        labels={TEMPLATE_LABELS}
        description={TEMPLATE_DEFAULTS[template].description}
        onChange={(next) => {
          setTemplate(next);
          if (!nameTyped) setName(TEMPLATE_DEFAULTS[next].name);
        }}
      />
      <FormField label="Name" required error={errors.name}>
        <Input
          value={name}
          maxLength={100}
          onChange={(event) => {
            setName(event.target.value);
            setNameTyped(true);
          }}
        />
      </FormField>
      <DialogActions error={formErrorMessage(error, FIELDS)}>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create agent"}
        </Button>
      </DialogActions>
    </form>
  );
}
