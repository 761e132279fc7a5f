import { Cpu } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";

export function ProvidersEmpty({ canManage }: { canManage: boolean }) {
  return (
    <EmptyState
      icon={<Cpu />}
      title="Connect a provider"
      description={
        canManage
          ? "Agents run on the offline model until you connect one: choose Add provider above and paste an API key from OpenAI, Anthropic or any OpenAI-compatible service."
          : "Agents run on the offline model until an admin connects a provider. Ask an admin of your agency to add one."
      }
    />
  );
}
