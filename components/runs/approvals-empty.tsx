import { Inbox } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";

export function ApprovalsEmpty() {
  return (
    <EmptyState
      icon={<Inbox />}
      title="No approvals waiting"
      description="When a workflow reaches an approval step, the run pauses and the approval appears here until someone approves or rejects it."
    />
  );
}
