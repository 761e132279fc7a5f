import { Filter } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";

export function SegmentsEmpty({ canSave }: { canSave: boolean }) {
  return (
    <EmptyState
      icon={<Filter />}
      title="No segments yet"
      description={
        canSave
          ? "Group contacts by tag, consent, client and more: choose New segment above to build the first one."
          : "Your agency has no saved segments yet. Ask a member or admin to create one."
      }
    />
  );
}
