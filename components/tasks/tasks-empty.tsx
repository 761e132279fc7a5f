import { ListChecks, SearchX } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

type Props = { filtered: boolean; canCreate: boolean; onClearFilters: () => void };

export function TasksEmpty({ filtered, canCreate, onClearFilters }: Props) {
  if (filtered) {
    return (
      <EmptyState
        icon={<SearchX />}
        title="No tasks match these filters"
        description="Try another search, or clear the filters to see every task."
        action={
          <Button variant="outline" onClick={onClearFilters}>
            Clear filters
          </Button>
        }
      />
    );
  }
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
