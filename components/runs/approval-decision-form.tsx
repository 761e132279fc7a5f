"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Check, X } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/use-toast";
import { formErrorMessage, serverFieldErrors } from "@/lib/field-errors";
import { useTRPC } from "@/lib/trpc/react";
import type { ApprovalItem } from "./run-types";

const MAX_COMMENT = 2_000;

type Props = { runId: string; nodeId: string };

/**
 * Approve or reject a waiting approval, with an optional comment the run keeps. Render only for
 * roles with `workflow.approve` who may decide this one.
 */
export function ApprovalDecisionForm({ runId, nodeId }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [comment, setComment] = useState("");
  const decide = useMutation(
    trpc.workflows.decide.mutationOptions({
      onSuccess: ({ decision }) => {
        toast({
          title: decision === "approved" ? "Approved" : "Rejected",
          description: "The run goes on down that path.",
          variant: "success",
        });
        // Gone from the inbox at once, before it is fetched again.
        queryClient.setQueryData(trpc.workflows.approvals.queryKey(), (items: ApprovalItem[] | undefined) =>
          items?.filter((item) => item.runId !== runId || item.nodeId !== nodeId),
        );
        void queryClient.invalidateQueries(trpc.workflows.approvals.pathFilter());
        void queryClient.invalidateQueries(trpc.workflows.runDetail.queryFilter({ id: runId }));
        void queryClient.invalidateQueries(trpc.workflows.runs.pathFilter());
      },
    }),
  );
  const send = (approve: boolean) => decide.mutate({ runId, nodeId, approve, comment: comment.trim() || null });

  return (
    <div className="grid gap-3">
      <FormField
        label="Comment (optional)"
        description="Kept with the decision; later steps can use it."
        error={serverFieldErrors(decide.error).comment}
      >
        <Textarea
          value={comment}
          rows={2}
          maxLength={MAX_COMMENT}
          onChange={(event) => setComment(event.target.value)}
        />
      </FormField>
      <FormAlert>{formErrorMessage(decide.error, ["comment"])}</FormAlert>
      <div className="flex flex-wrap gap-2">
        <Button disabled={decide.isPending} onClick={() => send(true)}>
          <Check aria-hidden />
          Approve
        </Button>
        <Button
          variant="outline"
          className="text-destructive hover:text-destructive"
          disabled={decide.isPending}
          onClick={() => send(false)}
        >
          <X aria-hidden />
          Reject
        </Button>
      </div>
    </div>
  );
}
