"use client";

import type { ComponentProps } from "react";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { RunField, RunValues } from "./run-input";

type Props = {
  fields: readonly RunField[];
  values: RunValues;
  errors: Record<string, string>;
  onChange: (name: string, value: string | boolean) => void;
};

const INPUT_TYPES: Partial<Record<RunField["kind"], string>> = {
  email: "email",
  url: "url",
  date: "date",
  number: "number",
  integer: "number",
};

/** The id and aria attributes FormField gives its control. */
type Wiring = Pick<ComponentProps<"input">, "id" | "aria-describedby" | "aria-invalid" | "aria-required">;

type ControlProps = Wiring & { field: RunField; value: string; onChange: (value: string) => void };

/** The control for one field; passes on the id and aria attributes FormField sets. */
function Control({ field, value, onChange, ...wiring }: ControlProps) {
  if (field.kind === "long_text" || field.kind === "json")
    return (
      <Textarea
        {...wiring}
        value={value}
        className={field.kind === "json" ? "font-mono" : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    );
  if (field.kind === "select")
    return (
      <NativeSelect {...wiring} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{field.required ? "Choose…" : "None"}</option>
        {(field.options ?? []).map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </NativeSelect>
    );
  return (
    <Input
      {...wiring}
      type={INPUT_TYPES[field.kind] ?? "text"}
      step={field.kind === "integer" ? 1 : field.kind === "number" ? "any" : undefined}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

/** The Run form's fields, one per field of the trigger's input. */
export function RunInputFields({ fields, values, errors, onChange }: Props) {
  return fields.map((field) =>
    field.kind === "boolean" ? (
      <div key={field.name} className="grid gap-1">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            className="size-4 accent-primary"
            checked={values[field.name] === true}
            onChange={(event) => onChange(field.name, event.target.checked)}
          />
          {field.label}
        </label>
        {field.description ? <p className="text-sm text-muted-foreground">{field.description}</p> : null}
      </div>
    ) : (
      <FormField
        key={field.name}
        label={field.label}
        required={field.required}
        description={field.description}
        error={errors[field.name]}
      >
        <Control
          field={field}
          value={typeof values[field.name] === "string" ? (values[field.name] as string) : ""}
          onChange={(value) => onChange(field.name, value)}
        />
      </FormField>
    ),
  );
}
