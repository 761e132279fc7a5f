"use client";

import { FormAlert } from "@/components/ui/form-alert";
import { useQuery } from "@tanstack/react-query";
import { useCan } from "@/components/shell/org-context";
import { BackLink } from "@/components/ui/back-link";
import { RecordHeader } from "@/components/ui/record-header";
import { RecordNotFound } from "@/components/ui/record-not-found";
import { RecordQueryState } from "@/components/ui/record-query-state";
import { formatDate } from "@/lib/format-date";
import { useTRPC } from "@/lib/trpc/react";
import { AgentChatLink } from "./agent-chat-link";
import { AgentEditForm } from "./agent-edit-form";
import { TEMPLATE_LABELS, modelSummary } from "./agent-labels";
import { AgentStatusBadge } from "./agent-status-badge";
import { DeleteAgentDialog } from "./delete-agent-dialog";

export function AgentEditor({ id }: { id: string }) {
  const trpc = useTRPC();
  const canManage = useCan("agent.manage");
  const canChat = useCan("agent.chat");
  const query = useQuery(trpc.agents.get.queryOptions({ id }));

  if (!query.isSuccess) {
    return (
      <RecordQueryState
        query={query}
        what="agent"
        width="max-w-3xl"
        notFound={<RecordNotFound what="agent" deletable backHref="/agents" backLabel="Back to agents" />}
      />
    );
  }

  const agent = query.data;
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <BackLink href="/agents">All agents</BackLink>
      <RecordHeader
        title={agent.name}
        meta={
          <>
            <AgentStatusBadge status={agent.status} />
            <span>
              {TEMPLATE_LABELS[agent.template]} · {modelSummary(agent)} · updated{" "}
              <time dateTime={agent.updatedAt.toISOString()}>{formatDate(agent.updatedAt)}</time>
            </span>
          </>
        }
        actions={
          canManage || canChat ? (
            <div className="flex flex-wrap gap-2">
              {canChat ? <AgentChatLink agent={agent} /> : null}
              {canManage ? <DeleteAgentDialog agent={agent} /> : null}
            </div>
          ) : undefined
        }
      />
      {agent.lastError ? <FormAlert announce={false}>Last error: {agent.lastError}</FormAlert> : null}
      {canManage ? null : (
        <p className="text-sm text-muted-foreground">
          You can look at this agent&apos;s settings; a manager or admin can change them.
        </p>
      )}
      <AgentEditForm agent={agent} />
    </div>
  );
}
