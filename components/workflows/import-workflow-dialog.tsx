"use client";

import { Upload } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { ImportWorkflowForm } from "./import-workflow-form";

/** Render only for roles with `workflow.edit`. Closing the dialog forgets the file and any error. */
export function ImportWorkflowDialog() {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">
          <Upload aria-hidden />
          Import
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Import a workflow</DialogTitle>
          <DialogDescription>
            Choose a .workflow.json file exported from Switchboard. It becomes a new workflow with the file&apos;s
            draft; a name already in use gets &quot;(copy)&quot; added.
          </DialogDescription>
        </DialogHeader>
        <ImportWorkflowForm onImported={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
