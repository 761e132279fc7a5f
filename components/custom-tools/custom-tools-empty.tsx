import { Wrench } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";

export function CustomToolsEmpty({ canManage }: { canManage: boolean }) {
  return (
    <EmptyState
      icon={<Wrench />}
      title="No custom tools yet"
      description={
        canManage
          ? "Choose New tool above to let agents call an API of your own: give its URL, the input the model fills in as a JSON Schema, and an API key header if it needs one."
          : "Agents use the built-in tools until a manager adds one that calls your own APIs. Ask a manager or admin of your agency."
      }
    />
  );
}
