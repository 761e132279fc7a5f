import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { TAgent, TAgentStats } from "@/lib/schemas/agents";
import { AgentChatLink } from "./agent-chat-link";
import { TEMPLATE_LABELS, modelSummary, shortVisibilityLabel } from "./agent-labels";
import { AGENT_STATS_COLUMNS, AgentStatsCells } from "./agent-stats-cells";
import { AgentStatusBadge } from "./agent-status-badge";

type Props = {
  agents: TAgent[];
  stats?: TAgentStats[];
  /** Show each agent's Chat link (roles with `agent.chat`). */
  canChat?: boolean;
};

export function AgentsTable({ agents, stats = [], canChat = false }: Props) {
  const statsById = new Map(stats.map((s) => [s.agentId, s]));
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Role</TableHead>
          <TableHead>Model</TableHead>
          <TableHead className="text-right">Tools</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Visibility</TableHead>
          {AGENT_STATS_COLUMNS.map((column) => (
            <TableHead key={column} className="text-right">
              {column}
            </TableHead>
          ))}
          {canChat ? (
            <TableHead>
              <span className="sr-only">Chat</span>
            </TableHead>
          ) : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {agents.map((agent) => (
          <TableRow key={agent.id}>
            <TableCell className="font-medium">
              <Link
                href={`/agents/${agent.id}`}
                className="rounded-sm underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
              >
                {agent.name}
              </Link>
            </TableCell>
            <TableCell>{TEMPLATE_LABELS[agent.template]}</TableCell>
            <TableCell>
              <span className={agent.provider ? undefined : "text-muted-foreground"}>{modelSummary(agent)}</span>
            </TableCell>
            <TableCell className="text-right tabular-nums">{agent.tools.length}</TableCell>
            <TableCell>
              <AgentStatusBadge status={agent.status} />
            </TableCell>
            <TableCell>{shortVisibilityLabel(agent.visibility)}</TableCell>
            <AgentStatsCells stats={statsById.get(agent.id)} />
            {canChat ? (
              <TableCell className="text-right">
                <AgentChatLink agent={agent} size="sm" />
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
