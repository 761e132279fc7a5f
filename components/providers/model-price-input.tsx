"use client";

import { Input } from "@/components/ui/input";

type Props = {
  /** e.g. "Input $ per 1M tokens for gpt-4o-mini". */
  label: string;
  value: string;
  onChange: (value: string) => void;
};

/** A price in USD per million tokens; empty reads as 0. */
export function ModelPriceInput({ label, value, onChange }: Props) {
  return (
    <Input
      aria-label={label}
      type="number"
      inputMode="decimal"
      min="0"
      step="0.01"
      placeholder="0"
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
