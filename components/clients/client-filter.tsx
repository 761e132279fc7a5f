"use client";

import { FormField } from "@/components/ui/form-field";
import { RecordOptions } from "@/components/ui/record-options";
import { NativeSelect } from "@/components/ui/select";
import { useClientOptions } from "./use-client-options";

type Props = {
  /** e.g. "Filter by client". */
  label: string;
  /** The option for no filter, e.g. "Any client". */
  anyLabel: string;
  /** A client id, or "" for any. */
  value: string;
  onChange: (clientId: string) => void;
};

/** Narrows a list or a report to one of the agency's active clients, or none. */
export function ClientFilter({ label, anyLabel, value, onChange }: Props) {
  const { clients } = useClientOptions();
  return (
    <FormField label={label}>
      <NativeSelect value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{anyLabel}</option>
        <RecordOptions records={clients} />
      </NativeSelect>
    </FormField>
  );
}
