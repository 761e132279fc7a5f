"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCan } from "@/components/shell/org-context";
import { toast } from "@/components/ui/use-toast";
import type { TAgent } from "@/lib/schemas/agents";
import { useTRPC } from "@/lib/trpc/react";
import { AgentForm } from "./agent-form";
import { agentToFormValues } from "./agent-form-values";
import type { ProviderChoice } from "./agent-model-fields";

/** The agent's settings: editable with `agent.manage`, otherwise shown read-only. */
export function AgentEditForm({ agent }: { agent: TAgent }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const canManage = useCan("agent.manage");
  // Only people who may change the agent need the list to choose from (and viewers may not read it).
  const providers = useQuery({ ...trpc.providers.list.queryOptions(), enabled: canManage });
  const update = useMutation(
    trpc.agents.update.mutationOptions({
      onSuccess: (updated) => {
        queryClient.setQueryData(trpc.agents.get.queryKey({ id: updated.id }), updated);
        void queryClient.invalidateQueries(trpc.agents.list.queryFilter());
        toast({ title: "Changes saved", description: `${updated.name} was updated.`, variant: "success" });
      },
    }),
  );

  const choices: ProviderChoice[] =
    providers.data?.map((provider) => ({
      id: provider.id,
      name: provider.name,
      defaultModel: provider.defaultModel,
      models: provider.models.map((model) => model.id),
    })) ??
    (agent.providerId && agent.provider
      ? [{ id: agent.providerId, name: agent.provider.name, defaultModel: null, models: [] }]
      : []);
  const values = agentToFormValues(agent);

  return (
    <AgentForm
      // A fresh form whenever the stored settings change (the server trims and may pick the model).
      key={JSON.stringify(values)}
      initialValues={values}
      template={agent.template}
      providers={choices}
      providersError={providers.isError ? `Providers could not be loaded: ${providers.error.message}` : undefined}
      readOnly={!canManage}
      pending={update.isPending}
      error={update.error}
      onSubmit={(patch) => update.mutate({ id: agent.id, patch })}
    />
  );
}
