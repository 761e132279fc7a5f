import { Building2, SearchX } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

type Props = { filtered: boolean; canCreate: boolean; onClearFilters: () => void };

export function ClientsEmpty({ filtered, canCreate, onClearFilters }: Props) {
  if (filtered) {
    return (
      <EmptyState
        icon={<SearchX />}
        title="No clients match these filters"
        description="Try another search, or clear the filters to see every active client."
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
      icon={<Building2 />}
      title="No clients yet"
      description={
        canCreate
          ? "Add the companies your agency works for: choose New client above to create the first one."
          : "Your agency has not added any clients yet. Ask a member or admin to add one."
      }
    />
  );
}
