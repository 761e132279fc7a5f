"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-actions";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { formErrorMessage, issueFieldErrors, serverFieldErrors, type ErrorWithFieldErrors } from "@/lib/field-errors";
import {
  MAX_DESCRIBE_CHARS,
  ZDescribeWorkflowInput,
  type TCreateWorkflowInput,
  type TDescribedWorkflow,
} from "@/lib/schemas/workflows";
import { useTRPC } from "@/lib/trpc/react";
import { agentsByTemplate } from "@/lib/workflow/templates";

type Props = {
  /** Whether the described workflow is being created. */
  creating: boolean;
  /** The last create's error (a name taken since the draft was made, say). */
  createError?: ErrorWithFieldErrors | null;
  /** Creates the drafted workflow; `draft` says where it came from, for the note after. */
  onCreate: (input: TCreateWorkflowInput, draft: Pick<TDescribedWorkflow, "source" | "repaired">) => void;
};

const FIELDS = ["description"] as const;

const linkClass =
  "rounded-sm font-medium underline underline-offset-4 outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50";

/** What the Chief of Staff can draft, said before the person writes: the offline model only knows the templates. */
function ChiefOfStaffNote() {
  const trpc = useTRPC();
  const agents = useQuery(trpc.agents.list.queryOptions());
  if (!agents.isSuccess) return null;
  const chiefId = agentsByTemplate(agents.data).chief_of_staff;
  const chief = agents.data.find((agent) => agent.id === chiefId);
  if (!chief)
    return (
      <p className="rounded-md border border-warning/40 bg-warning/10 p-3 text-sm" role="status">
        Your agency has no Chief of Staff agent, who drafts described workflows.{" "}
        <Link href="/agents" className={linkClass}>
          Add one
        </Link>{" "}
        first, or start from a template.
      </p>
    );
  if (chief.providerId) return null;
  return (
    <p className="rounded-md border p-3 text-sm text-muted-foreground" role="status">
      {chief.name} uses the offline model, so it can only draft the templates’ own descriptions (paste one from the
      template list) and the result is that template.{" "}
      <Link href={`/agents/${chief.id}`} className={linkClass}>
        Connect a model provider
      </Link>{" "}
      to describe anything else.
    </p>
  );
}

/**
 * "Describe it": the Chief of Staff drafts a workflow from a description, and the draft is
 * created as a new workflow (through the ordinary create) that opens for review.
 */
export function DescribeWorkflowForm({ creating, createError, onCreate }: Props) {
  const trpc = useTRPC();
  const [description, setDescription] = useState("");
  const [localError, setLocalError] = useState<string>();
  const describe = useMutation(
    trpc.workflows.describe.mutationOptions({
      onSuccess: (draft) =>
        onCreate(
          { name: draft.name, description: draft.description, graph: draft.graph },
          { source: draft.source, repaired: draft.repaired },
        ),
    }),
  );
  const pending = describe.isPending || creating;
  const error = describe.error ?? createError ?? null;
  const fieldError = localError ?? serverFieldErrors(describe.error).description;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZDescribeWorkflowInput.safeParse({ description });
    if (!parsed.success) {
      setLocalError(issueFieldErrors(parsed.error.issues).description);
      return;
    }
    setLocalError(undefined);
    describe.mutate(parsed.data);
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="grid gap-4" aria-busy={pending}>
      <ChiefOfStaffNote />
      <FormField
        label="Describe the workflow"
        required
        error={fieldError}
        description="What starts it, what happens, who approves, and what comes out. The Chief of Staff drafts the steps; you review them in the editor before publishing."
      >
        <Textarea
          value={description}
          rows={6}
          maxLength={MAX_DESCRIBE_CHARS}
          placeholder="Every Friday, have Analytics sum up each client's campaign week, and email the summary to the account team once a manager approves it."
          onChange={(event) => setDescription(event.target.value)}
        />
      </FormField>
      {describe.isPending ? (
        <p role="status" className="text-sm text-muted-foreground">
          The Chief of Staff is drafting…
        </p>
      ) : null}
      <DialogActions error={formErrorMessage(error, FIELDS)}>
        <Button type="submit" disabled={pending}>
          {describe.isPending ? "Drafting…" : creating ? "Creating…" : "Draft it"}
        </Button>
      </DialogActions>
    </form>
  );
}
