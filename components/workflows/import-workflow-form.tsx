"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-actions";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/use-toast";
import type { TImportWorkflowInput } from "@/lib/schemas/workflows";
import { useTRPC } from "@/lib/trpc/react";
import { MAX_WORKFLOW_FILE_BYTES, parseWorkflowFile } from "./workflow-file";

/** Reads the chosen file, sends it to `workflows.import` and shows the server's reason when it is refused. */
export function ImportWorkflowForm({ onImported }: { onImported: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<unknown>(undefined);
  const [fileError, setFileError] = useState<string>();
  const [name, setName] = useState("");
  // Only the latest choice may fill the form; an earlier, slower read is dropped.
  const selection = useRef(0);
  const importing = useMutation(
    trpc.workflows.import.mutationOptions({
      onSuccess: (workflow) => {
        toast({ title: "Workflow imported", description: `${workflow.name} is ready.`, variant: "success" });
        void queryClient.invalidateQueries(trpc.workflows.list.queryFilter());
        onImported();
      },
    }),
  );

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    const current = ++selection.current;
    importing.reset();
    setFile(undefined);
    setFileError(undefined);
    if (!chosen) return;
    if (chosen.size > MAX_WORKFLOW_FILE_BYTES) {
      setFileError("This file is larger than 5 MB, too large for a workflow. Choose a .workflow.json file.");
      return;
    }
    try {
      const parsed = parseWorkflowFile(await chosen.text());
      if (current !== selection.current) return;
      if (parsed.ok) setFile(parsed.file);
      else setFileError(parsed.message);
    } catch {
      if (current === selection.current) setFileError("This file could not be read. Choose it again.");
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (file === undefined) {
      setFileError(fileError ?? "Choose a workflow file.");
      return;
    }
    // The server checks the file against the workflow format and answers with what is wrong.
    importing.mutate({ file: file as TImportWorkflowInput["file"], ...(name.trim() && { name: name.trim() }) });
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="grid gap-4" aria-busy={importing.isPending}>
      <FormField label="Workflow file" required error={fileError}>
        <Input type="file" accept=".json,application/json" onChange={(event) => void handleFile(event)} />
      </FormField>
      <FormField label="Name" description="Leave empty to keep the name in the file.">
        <Input value={name} maxLength={120} onChange={(event) => setName(event.target.value)} />
      </FormField>
      <DialogActions error={importing.error?.message}>
        <Button type="submit" disabled={importing.isPending}>
          {importing.isPending ? "Importing…" : "Import workflow"}
        </Button>
      </DialogActions>
    </form>
  );
}
