"use client";

import { useQuery } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { OptionSelect } from "@/components/ui/option-select";
import { RecordOptions } from "@/components/ui/record-options";
import { NativeSelect } from "@/components/ui/select";
import { useTRPC } from "@/lib/trpc/react";
import { EMPTY_RUN_FILTERS, hasAnyRunFilter, type RunFilterValues } from "./run-filter-values";
import { RUN_STATUSES, RUN_STATUS_LABELS, RUN_TRIGGERS, TRIGGER_LABELS } from "./run-labels";

const STATUS_OPTIONS = ["", ...RUN_STATUSES] as const;
const TRIGGER_OPTIONS = ["", ...RUN_TRIGGERS] as const;

type Props = { value: RunFilterValues; onChange: (next: RunFilterValues) => void };

/** Status, trigger, workflow, version and dates; the list follows each change at once. */
export function RunsFilters({ value, onChange }: Props) {
  const trpc = useTRPC();
  const workflows = useQuery(trpc.workflows.list.queryOptions());
  const set = (patch: Partial<RunFilterValues>) => onChange({ ...value, ...patch });
  const workflow = workflows.data?.find((item) => item.id === value.workflowId);
  const published = workflow?.publishedVersion ?? 0;
  const versions = Array.from({ length: published }, (_, index) => String(published - index));
  // A version from a link stays choosable even before (or without) its workflow's versions.
  if (value.version && !versions.includes(value.version)) versions.unshift(value.version);

  return (
    <div role="search" aria-label="Filter runs" className="grid gap-3 rounded-xl border p-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
        <OptionSelect
          label="Status"
          value={value.status}
          options={STATUS_OPTIONS}
          labels={{ "": "Any status", ...RUN_STATUS_LABELS }}
          onChange={(status) => set({ status })}
        />
        <OptionSelect
          label="Trigger"
          value={value.trigger}
          options={TRIGGER_OPTIONS}
          labels={{ "": "Any trigger", ...TRIGGER_LABELS }}
          onChange={(trigger) => set({ trigger })}
        />
        <FormField label="Workflow">
          <NativeSelect
            value={value.workflowId}
            onChange={(event) => set({ workflowId: event.target.value, version: "" })}
          >
            <option value="">Any workflow</option>
            {value.workflowId && !workflow ? <option value={value.workflowId}>This workflow</option> : null}
            <RecordOptions records={workflows.data ?? []} />
          </NativeSelect>
        </FormField>
        <FormField label="Version" description={value.workflowId ? undefined : "Choose a workflow first."}>
          <NativeSelect
            value={value.version}
            disabled={!value.workflowId && !value.version}
            onChange={(event) => set({ version: event.target.value })}
          >
            <option value="">Any version</option>
            {versions.map((version) => (
              <option key={version} value={version}>
                Version {version}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField label="From">
          <Input
            type="date"
            value={value.from}
            max={value.to || undefined}
            onChange={(event) => set({ from: event.target.value })}
          />
        </FormField>
        <FormField label="To">
          <Input
            type="date"
            value={value.to}
            min={value.from || undefined}
            onChange={(event) => set({ to: event.target.value })}
          />
        </FormField>
      </div>
      {hasAnyRunFilter(value) ? (
        <Button variant="outline" className="justify-self-end" onClick={() => onChange(EMPTY_RUN_FILTERS)}>
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
