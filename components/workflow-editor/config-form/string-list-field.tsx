"use client";

import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { useFieldDraft } from "../use-field-draft";
import { emptied } from "./config-values";
import { type FieldOf, type FieldProps } from "./field-props";
import { errorOf } from "./simple-fields";

/** A list of texts, one per line; blank lines are left out. */
export function StringListField(props: FieldProps<FieldOf<"stringList">>) {
  const { field, value, onChange, readOnly } = props;
  const stored = Array.isArray(value) ? (value as string[]) : undefined;
  const [text, setText] = useFieldDraft(stored, (items) => (items ?? []).join("\n"));
  const edit = (next: string) => {
    const items = next
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    const committed = items.length ? items : (emptied(field, []) as string[] | undefined);
    setText(next, committed);
    onChange(committed);
  };
  return (
    <FormField
      label={field.label}
      description={field.description ?? "One per line."}
      error={errorOf(props)}
      required={!field.optional}
    >
      <Textarea value={text} readOnly={readOnly} className="min-h-16" onChange={(event) => edit(event.target.value)} />
    </FormField>
  );
}
