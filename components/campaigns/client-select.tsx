"use client";

import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/select";
import { useClientOptions } from "./use-client-options";

type Props = { value: string; onChange: (clientId: string) => void; error?: string };

/** The client a new campaign belongs to, from the agency's active clients. */
export function ClientSelect({ value, onChange, error }: Props) {
  const { clients, isPending, error: loadError } = useClientOptions();
  const description = loadError
    ? `Clients could not be loaded: ${loadError.message}`
    : !isPending && clients.length === 0
      ? "Add a client first: campaigns belong to a client."
      : undefined;
  return (
    <FormField label="Client" required error={error} description={description}>
      <NativeSelect value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="" disabled>
          {isPending ? "Loading clients…" : "Choose a client"}
        </option>
        {clients.map((client) => (
          <option key={client.id} value={client.id}>
            {client.name}
          </option>
        ))}
      </NativeSelect>
    </FormField>
  );
}
