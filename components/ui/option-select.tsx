"use client";

import type { ReactNode } from "react";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/select";

type Props<T extends string> = {
  label: string;
  value: T;
  options: readonly T[];
  /** The text shown for each option. */
  labels: Record<T, string>;
  /** Help under the select, e.g. what the chosen value means. */
  description?: ReactNode;
  onChange: (value: T) => void;
};

/** A labelled select over a fixed set of values; anything else the DOM reports is ignored. */
export function OptionSelect<T extends string>({ label, value, options, labels, description, onChange }: Props<T>) {
  return (
    <FormField label={label} description={description}>
      <NativeSelect
        value={value}
        onChange={(event) => {
          const next = options.find((option) => option === event.target.value);
          if (next !== undefined) onChange(next);
        }}
      >
        {options.map((option) => (
          <option key={option || "any"} value={option}>
            {labels[option]}
          </option>
        ))}
      </NativeSelect>
    </FormField>
  );
}

export const ORDERS = ["asc", "desc"] as const;
export type Order = (typeof ORDERS)[number];
const ORDER_LABELS: Record<Order, string> = { asc: "Ascending", desc: "Descending" };

/** The "Sort by" and "Order" pair every list offers. */
export function SortFields<T extends string>({
  sort,
  order,
  sorts,
  sortLabels,
  onChange,
}: {
  sort: T;
  order: Order;
  sorts: readonly T[];
  sortLabels: Record<T, string>;
  onChange: (next: { sort: T; order: Order }) => void;
}) {
  return (
    <>
      <OptionSelect
        label="Sort by"
        value={sort}
        options={sorts}
        labels={sortLabels}
        onChange={(next) => onChange({ sort: next, order })}
      />
      <OptionSelect
        label="Order"
        value={order}
        options={ORDERS}
        labels={ORDER_LABELS}
        onChange={(next) => onChange({ sort, order: next })}
      />
    </>
  );
}
