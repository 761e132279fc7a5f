import { Megaphone, SearchX } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

type Props = { filtered: boolean; canCreate: boolean; onClearFilters: () => void };

export function CampaignsEmpty({ filtered, canCreate, onClearFilters }: Props) {
  if (filtered) {
    return (
      <EmptyState
        icon={<SearchX />}
        title="No campaigns match these filters"
        description="Try another search, or clear the filters to see every campaign that is not archived."
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
      icon={<Megaphone />}
      title="No campaigns yet"
      description={
        canCreate
          ? "Plan the work you run for your clients: choose New campaign above to create the first one."
          : "Your agency has not added any campaigns yet. Ask a member or admin to add one."
      }
    />
  );
}
