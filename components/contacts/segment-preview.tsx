"use client";

import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query";
import { useId, useMemo } from "react";
import { useDebouncedValue } from "@/components/clients/use-debounced-value";
import { ZSegmentDefinition } from "@/lib/schemas/contacts";
import { useTRPC } from "@/lib/trpc/react";
import { cn } from "@/lib/utils";
import { segmentIssueMessage } from "./segment-issue";
import type { RuleField, RuleOp, SegmentMatch } from "./segment-rules";

export type SegmentCandidate = {
  match: SegmentMatch;
  rules: { field: RuleField; op: RuleOp; value: string | boolean }[];
};

const matchCount = (count: number) => `${count} ${count === 1 ? "contact matches" : "contacts match"}`;

/**
 * Counts the contacts the rules match, 300 ms after the last change. Rules the schema refuses are
 * not sent; the first problem shows instead of the count.
 */
export function SegmentPreview({ definition }: { definition: SegmentCandidate }) {
  const trpc = useTRPC();
  const headingId = useId();
  const debounced = useDebouncedValue(definition, 300);
  const parsed = useMemo(() => ZSegmentDefinition.safeParse(debounced), [debounced]);
  const query = useQuery({
    ...trpc.contacts.previewSegment.queryOptions(parsed.success ? parsed.data : skipToken),
    placeholderData: keepPreviousData,
  });
  const settling = debounced !== definition || query.isFetching;
  const firstIssue = parsed.success ? undefined : parsed.error.issues[0];

  const status = firstIssue
    ? segmentIssueMessage(firstIssue, debounced)
    : query.isError
      ? `The preview could not be loaded: ${query.error.message}`
      : query.data
        ? matchCount(query.data.count)
        : "Counting contacts…";

  return (
    <section
      aria-labelledby={headingId}
      aria-busy={settling}
      className={cn("grid gap-2 rounded-lg border bg-muted/40 p-4 transition-opacity", settling && "opacity-70")}
    >
      <h3 id={headingId} className="text-sm font-medium text-muted-foreground">
        Live preview
      </h3>
      <p
        role="status"
        className={cn("text-base font-semibold", (firstIssue || query.isError) && "text-sm text-destructive")}
      >
        {status}
      </p>
      {!firstIssue && query.data && query.data.sample.length > 0 ? (
        <>
          <ul aria-label="Matching contacts" className="grid gap-1 text-sm">
            {query.data.sample.map((contact) => (
              <li key={contact.id}>
                <span className="font-medium">{contact.name}</span>
                <span className="text-muted-foreground">
                  {contact.email ? ` · ${contact.email}` : ""} · {contact.client}
                </span>
              </li>
            ))}
          </ul>
          {query.data.count > query.data.sample.length ? (
            <p className="text-xs text-muted-foreground">Showing the first {query.data.sample.length} by name.</p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
