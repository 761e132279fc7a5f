"use client";

import { useMemberOptions } from "@/components/tasks/use-member-options";
import { FormField } from "@/components/ui/form-field";
import { RecordOptions } from "@/components/ui/record-options";
import { NativeSelect } from "@/components/ui/select";

type Props = {
  label: string;
  /** A member's user id, or "" for nobody. */
  value: string;
  /** The option for nobody, e.g. "Unassigned" or "No owner". */
  emptyLabel: string;
  /** Shown for a current value the list lacks (someone who left the agency). */
  currentLabel?: string;
  error?: string | undefined;
  onChange: (userId: string) => void;
};

/** A labelled pick of one of the agency's members (by user id). */
export function MemberSelect({ label, value, emptyLabel, currentLabel = "Former member", error, onChange }: Props) {
  const { members, isPending } = useMemberOptions();
  const missing = !isPending && value !== "" && !members.some((member) => member.id === value);
  return (
    <FormField label={label} error={error}>
      <NativeSelect value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{isPending ? "Loading members…" : emptyLabel}</option>
        {missing ? <option value={value}>{currentLabel}</option> : null}
        <RecordOptions records={members} />
      </NativeSelect>
    </FormField>
  );
}
