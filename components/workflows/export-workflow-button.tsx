"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Download } from "lucide-react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { toast } from "@/components/ui/use-toast";
import type { TWorkflowSummary } from "@/lib/schemas/workflows";
import { useTRPC } from "@/lib/trpc/react";
import { downloadJson, exportFileName } from "./workflow-file";

type Props = {
  workflow: Pick<TWorkflowSummary, "id" | "name">;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
};

/** Downloads the workflow's draft as `<name>.workflow.json`, the file Import reads. */
export function ExportWorkflowButton({ workflow, variant = "ghost", size = "sm" }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const exported = useMutation({
    // Always the draft as it is now, not a cached copy from earlier.
    mutationFn: () =>
      queryClient.fetchQuery({ ...trpc.workflows.export.queryOptions({ id: workflow.id }), staleTime: 0 }),
    onSuccess: (file) => downloadJson(exportFileName(file.name), file),
    onError: (error) =>
      toast({ title: "The workflow was not exported", description: error.message, variant: "destructive" }),
  });
  return (
    <Button variant={variant} size={size} disabled={exported.isPending} onClick={() => exported.mutate()}>
      <Download aria-hidden />
      Export<span className="sr-only"> {workflow.name}</span>
    </Button>
  );
}
