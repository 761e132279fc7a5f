"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { RotateCcw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/use-toast";
import { useTRPC } from "@/lib/trpc/react";

/**
 * Runs a failed run again from the step that failed; the steps before it keep their results.
 * Render only for failed runs and roles with `workflow.run`.
 */
export function RetryRunButton({ runId }: { runId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const retry = useMutation(
    trpc.workflows.retry.mutationOptions({
      onSuccess: () => toast({ title: "Retrying from the failed step", variant: "success" }),
      onError: (error) =>
        toast({ title: "The run was not retried", description: error.message, variant: "destructive" }),
      onSettled: () => {
        void queryClient.invalidateQueries(trpc.workflows.runDetail.queryFilter({ id: runId }));
        void queryClient.invalidateQueries(trpc.workflows.runs.pathFilter());
      },
    }),
  );
  return (
    <Button variant="outline" disabled={retry.isPending} onClick={() => retry.mutate({ id: runId })}>
      <RotateCcw aria-hidden />
      Retry from failed step
    </Button>
  );
}
