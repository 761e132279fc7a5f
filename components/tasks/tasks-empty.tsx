import { ListChecks } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { NoMatches } from "@/components/ui/no-matches";

type Props = { filtered: boolean; canCreate: boolean; onClearFilters: () => void };

export function TasksEmpty({ filtered, canCreate, onClearFilters }: Props) {
  if (filtered)
    return (
      <NoMatches
        what="tasks"
        hint="Try another search, or clear the filters to see every task."
        onClearFilters={onClearFilters}
      />
    );
  return (
    <EmptyState
      icon={<ListChecks />}
      title="No tasks yet"
      description={
        canCreate
          ? "Track the work for your clients and campaigns: choose New task above to add the first one."
          : "Your agency has no tasks yet. Ask a member or admin to add one."
      }
    />
  );
}
