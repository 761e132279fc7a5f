"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Pencil } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TriggerDialog } from "@/components/ui/trigger-dialog";
import { toast } from "@/components/ui/use-toast";
import type { TCustomTool } from "@/lib/schemas/custom-tools";
import { useTRPC } from "@/lib/trpc/react";
import { CustomToolForm } from "./custom-tool-form";
import { customToolToFormValues, validateCustomToolEdit } from "./custom-tool-form-values";

export function EditCustomToolDialog({ tool }: { tool: TCustomTool }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const update = useMutation(
    trpc.customTools.update.mutationOptions({
      onSuccess: async (updated) => {
        // A rename changes the agents' tool lists too.
        await Promise.all([
          queryClient.invalidateQueries(trpc.customTools.pathFilter()),
          queryClient.invalidateQueries(trpc.agents.pathFilter()),
        ]);
        toast({ title: "Changes saved", description: `custom.${updated.name} was updated.`, variant: "success" });
        setOpen(false);
      },
    }),
  );

  return (
    <TriggerDialog
      open={open}
      onOpenChange={setOpen}
      onClosed={update.reset}
      className="sm:max-w-xl"
      title={`Edit custom.${tool.name}`}
      description="Agents that may call it use the changes from their next call; a new name follows it into their tool lists."
      trigger={
        <Button variant="ghost" size="sm">
          <Pencil aria-hidden />
          Edit<span className="sr-only"> custom.{tool.name}</span>
        </Button>
      }
    >
      {/* Mounted only while open, so each edit starts from what is saved. */}
      <CustomToolForm
        initialValues={customToolToFormValues(tool)}
        storedHint={tool.authHeaderHint}
        submitLabel="Save changes"
        pending={update.isPending}
        error={update.error}
        errorPrefix="patch"
        onSubmit={(values) => {
          const result = validateCustomToolEdit(values, tool.authHeaderHint);
          if (!result.ok) return result.errors;
          update.mutate({ id: tool.id, patch: result.input });
          return null;
        }}
      />
    </TriggerDialog>
  );
}
