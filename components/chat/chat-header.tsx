import { modelSummary } from "@/components/agents/agent-labels";
import { Badge } from "@/components/ui/badge";
import { BackLink } from "@/components/ui/back-link";
import { RecordHeader } from "@/components/ui/record-header";
import type { TAgent } from "@/lib/schemas/agents";

type Props = { agent: Pick<TAgent, "id" | "name" | "provider" | "model"> };

/** The agent being talked to, and what answers: its provider and model, or the offline model. */
export function ChatHeader({ agent }: Props) {
  return (
    <div className="grid gap-2">
      <BackLink href={`/agents/${agent.id}`}>{`${agent.name} settings`}</BackLink>
      <RecordHeader
        title={`Chat with ${agent.name}`}
        meta={
          agent.provider ? (
            <span>{modelSummary(agent)}</span>
          ) : (
            <>
              <Badge variant="warning">Offline model</Badge>
              <span>Answers are templated until the agent is given a model provider.</span>
            </>
          )
        }
      />
    </div>
  );
}
