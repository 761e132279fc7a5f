"use client";

import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

type Props = {
  /** e.g. "Search assets". */
  label: string;
  value: string;
  /** What the search matches, e.g. "Asset name". */
  placeholder: string;
  onChange: (search: string) => void;
};

/** The labelled search box at the head of a list's filters. */
export function SearchField({ label, value, placeholder, onChange }: Props) {
  return (
    <FormField label={label}>
      <Input type="search" value={value} placeholder={placeholder} onChange={(event) => onChange(event.target.value)} />
    </FormField>
  );
}
