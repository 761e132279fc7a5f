"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { CreateDialog } from "@/components/ui/create-dialog";
import { toast } from "@/components/ui/use-toast";
import { useTRPC } from "@/lib/trpc/react";
import { NewAgentForm } from "./new-agent-form";

/** Render only for roles with `agent.manage`. A created agent opens in the editor. */
export function NewAgentDialog() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const create = useMutation(
    trpc.agents.create.mutationOptions({
      onSuccess: (agent) => {
        toast({ title: "Agent created", description: `${agent.name} is ready to set up.`, variant: "success" });
        queryClient.setQueryData(trpc.agents.get.queryKey({ id: agent.id }), agent);
        void queryClient.invalidateQueries(trpc.agents.list.queryFilter());
        setOpen(false);
        router.push(`/agents/${agent.id}`);
      },
    }),
  );

  return (
    <CreateDialog
      title="New agent"
      description="Pick the role it starts from: its instructions, tools and temperature. You choose its model and change the rest next."
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) create.reset();
      }}
    >
      {() => (
        <NewAgentForm pending={create.isPending} error={create.error} onSubmit={(input) => create.mutate(input)} />
      )}
    </CreateDialog>
  );
}
