import { SearchX } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** The empty state of a filtered list: says nothing matched and offers to clear the filters. */
export function NoMatches({ what, hint, onClearFilters }: { what: string; hint: string; onClearFilters: () => void }) {
  return (
    <EmptyState
      icon={<SearchX />}
      title={`No ${what} match these filters`}
      description={hint}
      action={
        <Button variant="outline" onClick={onClearFilters}>
          Clear filters
        </Button>
      }
    />
  );
}
