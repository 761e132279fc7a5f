"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, type ButtonProps } from "@/components/ui/button";
import { toast } from "@/components/ui/use-toast";
import { useTRPC } from "@/lib/trpc/react";

type Props = { label: string; variant?: ButtonProps["variant"] };

/** Adds the default agent of each role the agency lacks. Render only for roles with `agent.manage`. */
export function AddDefaultAgentsButton({ label, variant }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const add = useMutation(
    trpc.agents.addDefaults.mutationOptions({
      onSuccess: ({ added }) => {
        toast({
          title: added ? `${added} default agent${added === 1 ? "" : "s"} added` : "Nothing to add",
          description: added
            ? "They run on the offline model until you choose a provider for them."
            : "Every default agent is already here.",
          variant: "success",
        });
        void queryClient.invalidateQueries(trpc.agents.list.queryFilter());
      },
      onError: (error) =>
        toast({ title: "The default agents were not added", description: error.message, variant: "destructive" }),
    }),
  );
  return (
    <Button variant={variant} disabled={add.isPending} onClick={() => add.mutate()}>
      {add.isPending ? "Adding…" : label}
    </Button>
  );
}
