"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Rocket } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-actions";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { TriggerDialog } from "@/components/ui/trigger-dialog";
import { toast } from "@/components/ui/use-toast";
import type { TWorkflow } from "@/lib/schemas/workflows";
import { useTRPC } from "@/lib/trpc/react";

type Props = {
  workflow: Pick<TWorkflow, "id" | "name" | "draftRevision" | "publishedVersion">;
  /** Problems in the draft: publishing is refused until there are none. */
  problemCount: number;
};

/** Publishes the draft revision on screen as the next version, with a note. Render only for `workflow.publish`. */
export function PublishDraftDialog({ workflow, problemCount }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const next = (workflow.publishedVersion ?? 0) + 1;
  const publish = useMutation(
    trpc.workflows.publish.mutationOptions({
      onSuccess: ({ version }) => {
        toast({
          title: `Version ${version} published`,
          description: `Runs of ${workflow.name} use it from now on.`,
          variant: "success",
        });
        setOpen(false);
        setNote("");
        void queryClient.invalidateQueries(trpc.workflows.pathFilter());
      },
      // Someone saved a newer draft: show it, so the next try publishes what is on screen.
      onError: (error) => {
        if (error.data?.code === "CONFLICT")
          void queryClient.invalidateQueries(trpc.workflows.get.queryFilter({ id: workflow.id }));
      },
    }),
  );

  const trigger = (
    <Button disabled={problemCount > 0}>
      <Rocket aria-hidden />
      Publish draft
    </Button>
  );
  if (problemCount > 0) {
    return (
      <div className="grid justify-items-end gap-1">
        {trigger}
        <p className="text-xs text-muted-foreground">Fix the draft&apos;s problems to publish it.</p>
      </div>
    );
  }
  return (
    <TriggerDialog
      open={open}
      onOpenChange={setOpen}
      onClosed={publish.reset}
      title="Publish the draft"
      description={`Revision ${workflow.draftRevision} of the draft becomes version ${next}: the one runs by hand, schedules and webhooks use from now on.`}
      trigger={trigger}
    >
      <form
        noValidate
        className="grid gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          publish.mutate({ id: workflow.id, baseRevision: workflow.draftRevision, note: note.trim() || null });
        }}
      >
        <FormField label="Note" description="What changed, for the version history. Optional.">
          <Textarea value={note} maxLength={500} onChange={(event) => setNote(event.target.value)} />
        </FormField>
        <DialogActions error={publish.error?.message}>
          <Button type="submit" disabled={publish.isPending}>
            {publish.isPending ? "Publishing…" : `Publish version ${next}`}
          </Button>
        </DialogActions>
      </form>
    </TriggerDialog>
  );
}
