import { Megaphone } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { NoMatches } from "@/components/ui/no-matches";

type Props = { filtered: boolean; canCreate: boolean; onClearFilters: () => void };

export function CampaignsEmpty({ filtered, canCreate, onClearFilters }: Props) {
  if (filtered)
    return (
      <NoMatches
        what="campaigns"
        hint="Try another search, or clear the filters to see every campaign that is not archived."
        onClearFilters={onClearFilters}
      />
    );
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
