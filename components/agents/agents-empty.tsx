import { Bot } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { AddDefaultAgentsButton } from "./add-default-agents-button";

export function AgentsEmpty({ canManage }: { canManage: boolean }) {
  return (
    <EmptyState
      icon={<Bot />}
      title="No agents yet"
      description={
        canManage
          ? "Start with one agent per role (creative, automation, clients, analytics, planning and an all-rounder), or choose New agent above."
          : "Your agency has no agents yet. Ask a manager or admin to add them."
      }
      action={canManage ? <AddDefaultAgentsButton label="Add the default agents" /> : undefined}
    />
  );
}
