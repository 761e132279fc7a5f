import { MessagesSquare } from "lucide-react";
import Link from "next/link";
import { Button, type ButtonProps } from "@/components/ui/button";

type Props = { agent: { id: string; name: string }; size?: ButtonProps["size"] };

/** Opens the chat with the agent. Render only for roles with `agent.chat`. */
export function AgentChatLink({ agent, size }: Props) {
  return (
    <Button asChild variant="outline" size={size}>
      <Link href={`/agents/${agent.id}/chat`}>
        <MessagesSquare aria-hidden />
        Chat<span className="sr-only"> with {agent.name}</span>
      </Link>
    </Button>
  );
}
