"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/use-toast";
import { formErrorMessage, issueFieldErrors, serverFieldErrors, type FieldErrors } from "@/lib/field-errors";
import { ZUpdateWorkflowInput, type TWorkflow } from "@/lib/schemas/workflows";
import { useTRPC } from "@/lib/trpc/react";

const FIELDS = ["name", "description"] as const;

/** Name and description. Render only for roles with `workflow.edit`. */
export function WorkflowDetailsForm({ workflow }: { workflow: Pick<TWorkflow, "id" | "name" | "description"> }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(workflow.name);
  const [description, setDescription] = useState(workflow.description ?? "");
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const update = useMutation(
    trpc.workflows.update.mutationOptions({
      onSuccess: (updated) => {
        queryClient.setQueryData(trpc.workflows.get.queryKey({ id: updated.id }), updated);
        void queryClient.invalidateQueries(trpc.workflows.list.queryFilter());
        toast({ title: "Changes saved", description: `${updated.name} was updated.`, variant: "success" });
      },
    }),
  );
  const errors: FieldErrors = { ...serverFieldErrors(update.error), ...localErrors };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZUpdateWorkflowInput.safeParse({ id: workflow.id, name, description: description.trim() || null });
    if (!parsed.success) {
      setLocalErrors(issueFieldErrors(parsed.error.issues));
      return;
    }
    setLocalErrors({});
    update.mutate(parsed.data);
  }

  return (
    <section aria-labelledby="workflow-details-heading" className="grid gap-4 rounded-xl border p-6">
      <h2 id="workflow-details-heading" className="text-base font-semibold">
        Details
      </h2>
      <form noValidate onSubmit={handleSubmit} className="grid gap-4" aria-busy={update.isPending}>
        <FormField label="Name" required error={errors.name}>
          <Input value={name} maxLength={120} onChange={(event) => setName(event.target.value)} />
        </FormField>
        <FormField label="Description" error={errors.description}>
          <Textarea value={description} maxLength={1000} onChange={(event) => setDescription(event.target.value)} />
        </FormField>
        <FormAlert>{formErrorMessage(update.error, FIELDS)}</FormAlert>
        <Button type="submit" className="justify-self-end" disabled={update.isPending}>
          {update.isPending ? "Saving…" : "Save changes"}
        </Button>
      </form>
    </section>
  );
}
