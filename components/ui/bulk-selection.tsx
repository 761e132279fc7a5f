"use client";

import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { TableCell, TableHead } from "@/components/ui/table";
import { toast } from "@/components/ui/use-toast";
import { MAX_BULK } from "@/lib/schemas/clients";

/** The rows a selection is made of and the actions on it, as `useBulkSelection` returns them. */
export type BulkSelection = {
  /** Selected ids that are on screen, in row order: what a bulk action receives. */
  ids: string[];
  isSelected: (id: string) => boolean;
  toggle: (id: string, checked: boolean) => void;
  /** Selects every row on screen, or none. */
  toggleAll: (checked: boolean) => void;
  clear: () => void;
  allSelected: boolean;
  someSelected: boolean;
};

const NO_IDS: ReadonlySet<string> = new Set();

/**
 * Row selection for a list. Only rows on screen count, so a filter that hides a row drops it;
 * a new `resetKey` (e.g. the serialized filters) clears the selection outright.
 */
export function useBulkSelection(rows: readonly { id: string }[], resetKey = ""): BulkSelection {
  // The key is stored with the ids: a selection made under other filters reads as empty,
  // without an effect or a state update during render.
  const [state, setState] = useState({ key: resetKey, ids: NO_IDS });
  const chosen = state.key === resetKey ? state.ids : NO_IDS;
  const ids = rows.filter((row) => chosen.has(row.id)).map((row) => row.id);
  const select = (next: ReadonlySet<string>) => setState({ key: resetKey, ids: next });
  const allSelected = rows.length > 0 && ids.length === rows.length;
  return {
    ids,
    isSelected: (id) => chosen.has(id),
    toggle: (id, checked) => {
      const next = new Set(chosen);
      if (checked) next.add(id);
      else next.delete(id);
      select(next);
    },
    toggleAll: (checked) => select(checked ? new Set(rows.map((row) => row.id)) : NO_IDS),
    clear: () => select(NO_IDS),
    allSelected,
    someSelected: ids.length > 0 && !allSelected,
  };
}

const checkboxClassName = "size-4 cursor-pointer align-middle accent-primary";

/** The header cell with the select-all checkbox (indeterminate while only some rows are selected). */
export function SelectAllHead({
  selection,
  label = "Select all on this page",
}: {
  selection: BulkSelection;
  label?: string;
}) {
  return (
    <TableHead className="w-10">
      <input
        type="checkbox"
        aria-label={label}
        className={checkboxClassName}
        checked={selection.allSelected}
        ref={(element) => {
          if (element) element.indeterminate = selection.someSelected;
        }}
        onChange={(event) => selection.toggleAll(event.target.checked)}
      />
    </TableHead>
  );
}

/** The cell with one row's checkbox, labelled "Select <name>". */
export function SelectRowCell({ selection, id, name }: { selection: BulkSelection; id: string; name: string }) {
  return (
    <TableCell>
      <input
        type="checkbox"
        aria-label={`Select ${name}`}
        className={checkboxClassName}
        checked={selection.isSelected(id)}
        onChange={(event) => selection.toggle(id, event.target.checked)}
      />
    </TableCell>
  );
}

/**
 * "N selected", the actions, "Clear selection". Above the server's limit the actions are
 * left out and the bar says why, rather than sending a batch that is bound to be refused.
 */
export function BulkActionBar({
  count,
  onClear,
  children,
}: {
  count: number;
  onClear: () => void;
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label="Bulk actions"
      className="flex flex-wrap items-end gap-4 rounded-lg border bg-muted/40 p-3"
    >
      <p className="self-center text-sm font-medium" aria-live="polite">
        {count} selected
      </p>
      {count > MAX_BULK ? (
        <p className="self-center text-sm text-muted-foreground">Select at most {MAX_BULK} to act on them at once.</p>
      ) : (
        children
      )}
      <Button variant="ghost" className="ml-auto" onClick={onClear}>
        Clear selection
      </Button>
    </div>
  );
}

/** "1 client", "3 clients". */
export const countOf = (count: number, singular: string, plural = `${singular}s`) =>
  `${count} ${count === 1 ? singular : plural}`;

/**
 * The callbacks every bulk mutation shares: a toast either way, the selection cleared after a
 * success (kept after a refusal, so the person can adjust it), the list refetched in both cases.
 */
export function bulkMutationCallbacks<TVariables>({
  success,
  failure,
  onDone,
  invalidate,
}: {
  /** The success toast's title, from the count the server changed and the request sent. */
  success: (updated: number, variables: TVariables) => string;
  failure: string;
  onDone: () => void;
  invalidate: () => Promise<unknown>;
}) {
  return {
    onSuccess: ({ updated }: { updated: number }, variables: TVariables) => {
      toast({ title: success(updated, variables), variant: "success" });
      onDone();
    },
    onError: (error: { message: string }) => {
      toast({ title: failure, description: error.message, variant: "destructive" });
    },
    onSettled: () => invalidate(),
  };
}
