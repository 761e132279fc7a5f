"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-actions";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { TEMPLATE_DEFAULTS } from "@/lib/agents/templates";
import {
  formErrorMessage,
  issueFieldErrors,
  serverFieldErrors,
  type ErrorWithFieldErrors,
  type FieldErrors,
} from "@/lib/field-errors";
import { ZCreateWorkflowInput, type TCreateWorkflowInput } from "@/lib/schemas/workflows";
import { useTRPC } from "@/lib/trpc/react";
import { agentsByTemplate, instantiateTemplate, templateAgentSteps, workflowTemplate } from "@/lib/workflow/templates";
import { BLANK, TemplateGallery } from "./template-gallery";

type Props = {
  pending: boolean;
  /** The last create's error; its field errors show next to the fields. */
  error?: ErrorWithFieldErrors | null;
  onSubmit: (input: TCreateWorkflowInput) => void;
};

const FIELDS = ["name"] as const;

/** Blank or a template, and a name; the template's agent steps get the agency's agents of their roles. */
export function NewWorkflowForm({ pending, error, onSubmit }: Props) {
  const trpc = useTRPC();
  const [choice, setChoice] = useState<string>(BLANK);
  const [name, setName] = useState("");
  // The name follows the template until the person types one of their own.
  const [nameTyped, setNameTyped] = useState(false);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const errors: FieldErrors = { ...serverFieldErrors(error), ...localErrors };
  const template = workflowTemplate(choice);
  const agentSteps = template ? templateAgentSteps(template) : [];
  const agents = useQuery({ ...trpc.agents.list.queryOptions(), enabled: agentSteps.length > 0 });
  const byRole = agentsByTemplate(agents.data ?? []);
  const missing = agents.isSuccess ? agentSteps.filter((step) => byRole[step.role] === undefined) : [];
  const waitingForAgents = agentSteps.length > 0 && agents.isPending;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZCreateWorkflowInput.safeParse({
      name,
      ...(template && {
        description: template.description,
        graph: instantiateTemplate(template, { agentsByTemplate: byRole }),
      }),
    });
    if (!parsed.success) {
      setLocalErrors(issueFieldErrors(parsed.error.issues));
      return;
    }
    setLocalErrors({});
    onSubmit(parsed.data);
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="grid gap-4" aria-busy={pending}>
      <TemplateGallery
        value={choice}
        onChange={(next) => {
          setChoice(next);
          if (!nameTyped) setName(workflowTemplate(next)?.name ?? "");
        }}
      />
      {missing.length ? (
        <p className="rounded-md border border-warning/40 bg-warning/10 p-3 text-sm" role="status">
          Your agency has no {[...new Set(missing.map((step) => TEMPLATE_DEFAULTS[step.role].name))].join(" or ")}{" "}
          agent, so {missing.map((step) => `“${step.label}”`).join(", ")} will have no agent and the workflow cannot run
          yet.{" "}
          <Link
            href="/agents"
            className="rounded-sm font-medium underline underline-offset-4 outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
          >
            Add the default agents
          </Link>{" "}
          first, or choose another template.
        </p>
      ) : null}
      {agents.isError ? (
        <p role="alert" className="text-sm text-destructive">
          Your agents could not be loaded ({agents.error.message}), so this template&apos;s agent steps cannot be filled
          in. Try again in a moment.
        </p>
      ) : null}
      <FormField label="Name" required error={errors.name}>
        <Input
          value={name}
          maxLength={120}
          onChange={(event) => {
            setName(event.target.value);
            setNameTyped(true);
          }}
        />
      </FormField>
      <DialogActions error={formErrorMessage(error, FIELDS)}>
        <Button type="submit" disabled={pending || waitingForAgents || agents.isError}>
          {pending ? "Creating…" : "Create workflow"}
        </Button>
      </DialogActions>
    </form>
  );
}
