"use client";

import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { SegmentClientValue } from "./segment-client-value";
import type { ValueKind } from "./segment-rules";

export type SegmentRuleValueProps = {
  kind: ValueKind;
  label: string;
  value: string;
  onChange: (value: string) => void;
};

/** The value control that fits the rule: text, a date, yes/no, or a client. Nothing for "is empty". */
export function SegmentRuleValue({ kind, label, value, onChange }: SegmentRuleValueProps) {
  switch (kind) {
    case "none":
      // Keeps the grid column so the remove button stays put.
      return <div aria-hidden />;
    case "date":
      return (
        <FormField label={label}>
          <Input type="date" value={value} onChange={(event) => onChange(event.target.value)} />
        </FormField>
      );
    case "boolean":
      return (
        <FormField label={label}>
          <NativeSelect value={value} onChange={(event) => onChange(event.target.value)}>
            <option value="true">Yes</option>
            <option value="false">No</option>
          </NativeSelect>
        </FormField>
      );
    case "client":
      return <SegmentClientValue label={label} value={value} onChange={onChange} />;
    case "text":
      return (
        <FormField label={label}>
          <Input value={value} maxLength={200} onChange={(event) => onChange(event.target.value)} />
        </FormField>
      );
  }
}
