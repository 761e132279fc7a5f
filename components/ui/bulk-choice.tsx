"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/select";

export type BulkChoiceOption<T extends string> = { value: T; label: string };

type Props<T extends string> = {
  label: string;
  /** The disabled first option, shown until something is chosen. */
  placeholder: string;
  options: readonly BulkChoiceOption<T>[];
  /** The text of the button that applies the choice. */
  action: string;
  pending: boolean;
  onApply: (value: T) => void;
  className?: string;
};

/** A labelled select and the button that applies it to a selection ("Set status" + "Apply"). */
export function BulkChoice<T extends string>({
  label,
  placeholder,
  options,
  action,
  pending,
  onApply,
  className,
}: Props<T>) {
  const [value, setValue] = useState<T | "">("");
  return (
    <div className="flex items-end gap-2">
      <FormField label={label} className={className}>
        <NativeSelect
          value={value}
          onChange={(event) => setValue(options.find((option) => option.value === event.target.value)?.value ?? "")}
        >
          <option value="" disabled>
            {placeholder}
          </option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <Button variant="outline" disabled={!value || pending} onClick={() => value && onApply(value)}>
        {action}
      </Button>
    </div>
  );
}
