import { Contact } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { NoMatches } from "@/components/ui/no-matches";

type Props = { filtered: boolean; canCreate: boolean; onClearFilters: () => void };

export function ContactsEmpty({ filtered, canCreate, onClearFilters }: Props) {
  if (filtered)
    return (
      <NoMatches
        what="contacts"
        hint="Try another search or client, or clear the filters to see every contact."
        onClearFilters={onClearFilters}
      />
    );
  return (
    <EmptyState
      icon={<Contact />}
      title="No contacts yet"
      description={
        canCreate
          ? "Add the people you reach at your clients: choose New contact above to add the first one."
          : "Your agency has no contacts yet. Ask a member or admin to add one."
      }
    />
  );
}
