"use client";

import { useState, type ChangeEvent, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import {
  EMPTY_AUDIT_FILTERS,
  hasAnyFilter,
  KNOWN_ACTIONS,
  KNOWN_TARGET_TYPES,
  type AuditFilterValues,
} from "./audit-filter-values";

type Props = { applied: AuditFilterValues; onApply: (values: AuditFilterValues) => void };

/** Edits a draft; the table follows only when the filters are applied. */
export function AuditFilters({ applied, onApply }: Props) {
  const [draft, setDraft] = useState(applied);
  const bind = (field: keyof AuditFilterValues) => ({
    value: draft[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      setDraft((current) => ({ ...current, [field]: event.target.value })),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(draft);
  }

  return (
    <form
      role="search"
      aria-label="Filter audit events"
      onSubmit={handleSubmit}
      className="grid gap-4 rounded-xl border p-4"
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <FormField label="Actor">
          <Input {...bind("actor")} placeholder="Email, or part of it" maxLength={254} />
        </FormField>
        <FormField label="Action">
          <Input {...bind("action")} list="audit-actions" placeholder="e.g. client or member.remove" maxLength={80} />
        </FormField>
        <FormField label="Target type">
          <Input {...bind("targetType")} list="audit-target-types" placeholder="e.g. client" maxLength={40} />
        </FormField>
        <FormField label="Target ID">
          <Input {...bind("targetId")} className="font-mono" maxLength={64} />
        </FormField>
        <FormField label="From">
          <Input {...bind("from")} type="date" max={draft.to || undefined} />
        </FormField>
        <FormField label="To">
          <Input {...bind("to")} type="date" min={draft.from || undefined} />
        </FormField>
      </div>
      <datalist id="audit-actions">
        {KNOWN_ACTIONS.map((action) => (
          <option key={action} value={action} />
        ))}
      </datalist>
      <datalist id="audit-target-types">
        {KNOWN_TARGET_TYPES.map((type) => (
          <option key={type} value={type} />
        ))}
      </datalist>
      <div className="flex flex-wrap justify-end gap-2">
        <Button
          variant="outline"
          disabled={!hasAnyFilter(draft) && !hasAnyFilter(applied)}
          onClick={() => {
            setDraft(EMPTY_AUDIT_FILTERS);
            onApply(EMPTY_AUDIT_FILTERS);
          }}
        >
          Clear filters
        </Button>
        <Button type="submit">Apply filters</Button>
      </div>
    </form>
  );
}
