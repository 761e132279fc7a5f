"use client";

import { useClientOptions } from "@/components/clients/use-client-options";
import { FormField } from "@/components/ui/form-field";
import { RecordOptions } from "@/components/ui/record-options";
import { NativeSelect } from "@/components/ui/select";
import type { SegmentRuleValueProps } from "./segment-rule-value";

/** A client rule's value: one of the agency's active clients. */
export function SegmentClientValue({ label, value, onChange }: Omit<SegmentRuleValueProps, "kind">) {
  const { clients, isPending } = useClientOptions();
  return (
    <FormField label={label}>
      <NativeSelect value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="" disabled>
          {isPending ? "Loading clients…" : "Choose a client"}
        </option>
        <RecordOptions records={clients} />
      </NativeSelect>
    </FormField>
  );
}
