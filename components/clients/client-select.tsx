"use client";

import { FormField } from "@/components/ui/form-field";
import { RecordOptions } from "@/components/ui/record-options";
import { NativeSelect } from "@/components/ui/select";
import { useClientOptions } from "./use-client-options";

type Props = {
  value: string;
  onChange: (clientId: string) => void;
  error?: string;
  /** What belongs to the client, for the hint when there are none yet, e.g. "campaigns". */
  owned: string;
};

/** The client something new belongs to, from the agency's active clients. */
export function ClientSelect({ value, onChange, error, owned }: Props) {
  const { clients, isPending, error: loadError } = useClientOptions();
  const description = loadError
    ? `Clients could not be loaded: ${loadError.message}`
    : !isPending && clients.length === 0
      ? `Add a client first: ${owned} belong to a client.`
      : undefined;
  return (
    <FormField label="Client" required error={error} description={description}>
      <NativeSelect value={value} required onChange={(event) => onChange(event.target.value)}>
        <option value="" disabled>
          {isPending ? "Loading clients…" : "Choose a client"}
        </option>
        <RecordOptions records={clients} />
      </NativeSelect>
    </FormField>
  );
}
