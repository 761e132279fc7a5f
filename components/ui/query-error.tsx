"use client";

import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

type Props = {
  /** What failed, capitalized, for the title, e.g. "Members": "Members could not be loaded". */
  what: string;
  error: { message: string } | null;
  onRetry: () => void;
};

/** A list's query failed: the server's reason and a retry. */
export function QueryError({ what, error, onRetry }: Props) {
  return (
    <EmptyState
      title={`${what} could not be loaded`}
      description={error?.message}
      action={<Button onClick={onRetry}>Try again</Button>}
    />
  );
}
