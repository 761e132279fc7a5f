import { Workflow } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { NoMatches } from "@/components/ui/no-matches";

type Props = { filtered: boolean; onClearFilters: () => void };

export function RunsEmpty({ filtered, onClearFilters }: Props) {
  if (filtered)
    return (
      <NoMatches
        what="runs"
        hint="Try another status or trigger, widen the dates, or clear the filters to see every run."
        onClearFilters={onClearFilters}
      />
    );
  return (
    <EmptyState
      icon={<Workflow />}
      title="No runs yet"
      description="Every time a workflow runs (by hand, from a webhook, on a schedule or as a test of the draft) it is listed here, newest first."
    />
  );
}
