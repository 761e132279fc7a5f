"use client";

import { useQuery } from "@tanstack/react-query";
import { useCan } from "@/components/shell/org-context";
import { QueryError } from "@/components/ui/query-error";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { DEFAULT_AGENT_TEMPLATES, TEMPLATE_DEFAULTS } from "@/lib/agents/templates";
import type { TAgent } from "@/lib/schemas/agents";
import { useTRPC } from "@/lib/trpc/react";
import { AddDefaultAgentsButton } from "./add-default-agents-button";
import { AgentsEmpty } from "./agents-empty";
import { AgentsTable } from "./agents-table";
import { NewAgentDialog } from "./new-agent-dialog";

/** The default agents the agency lacks, matched by name as `agents.addDefaults` matches them. */
function missingDefaultNames(agents: TAgent[]): string[] {
  const names = new Set(agents.map((agent) => agent.name.toLowerCase()));
  return DEFAULT_AGENT_TEMPLATES.map((template) => TEMPLATE_DEFAULTS[template].name).filter(
    (name) => !names.has(name.toLowerCase()),
  );
}

export function AgentsPage() {
  const trpc = useTRPC();
  const canManage = useCan("agent.manage");
  const canChat = useCan("agent.chat");
  const query = useQuery(trpc.agents.list.queryOptions());
  const stats = useQuery(trpc.agents.stats.queryOptions());
  const missing = query.data?.length ? missingDefaultNames(query.data) : [];

  return (
    <div className="mx-auto grid max-w-6xl gap-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid max-w-2xl gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Agents</h1>
          <p className="text-sm text-muted-foreground">
            The AI agents of your agency: each has a role, a model, instructions and the tools it may use.
          </p>
        </div>
        {canManage ? <NewAgentDialog /> : null}
      </div>
      {query.isPending ? (
        <TableSkeleton label="Loading agents" rows={6} />
      ) : query.isError ? (
        <QueryError what="Agents" error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length ? (
        <div className="grid gap-3">
          <AgentsTable agents={query.data} stats={stats.data} canChat={canChat} />
          {canManage && missing.length ? (
            <div className="flex flex-wrap items-center gap-x-2 text-sm text-muted-foreground">
              <span>Missing default agents: {missing.join(", ")}.</span>
              <AddDefaultAgentsButton label="Add missing default agents" variant="link" />
            </div>
          ) : null}
        </div>
      ) : (
        <AgentsEmpty canManage={canManage} />
      )}
    </div>
  );
}
