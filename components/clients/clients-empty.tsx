import { Building2 } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { NoMatches } from "@/components/ui/no-matches";

type Props = { filtered: boolean; canCreate: boolean; onClearFilters: () => void };

export function ClientsEmpty({ filtered, canCreate, onClearFilters }: Props) {
  if (filtered)
    return (
      <NoMatches
        what="clients"
        hint="Try another search, or clear the filters to see every active client."
        onClearFilters={onClearFilters}
      />
    );
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
