"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { CreateDialog } from "@/components/ui/create-dialog";
import { toast } from "@/components/ui/use-toast";
import { useTRPC } from "@/lib/trpc/react";
import { CustomToolForm } from "./custom-tool-form";
import { EMPTY_CUSTOM_TOOL_FORM, validateNewCustomTool } from "./custom-tool-form-values";

export function CreateCustomToolDialog() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const create = useMutation(
    trpc.customTools.create.mutationOptions({
      onSuccess: (tool) => {
        toast({
          title: "Tool added",
          description: `Turn on custom.${tool.name} in an agent's tools to let it call it.`,
          variant: "success",
        });
        void queryClient.invalidateQueries(trpc.customTools.pathFilter());
        setOpen(false);
      },
    }),
  );

  return (
    <CreateDialog
      title="New tool"
      description="An HTTP endpoint agents may call: the model fills in the input schema, the tool sends it to the URL."
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) create.reset();
      }}
    >
      {() => (
        <CustomToolForm
          initialValues={EMPTY_CUSTOM_TOOL_FORM}
          submitLabel="Add tool"
          pending={create.isPending}
          error={create.error}
          onSubmit={(values) => {
            const result = validateNewCustomTool(values);
            if (!result.ok) return result.errors;
            create.mutate(result.input);
            return null;
          }}
        />
      )}
    </CreateDialog>
  );
}
