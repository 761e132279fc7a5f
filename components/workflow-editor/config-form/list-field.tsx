"use client";

import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { NativeSelect } from "@/components/ui/select";
import { isPlainObject, issuesUnder, messagesOf, withKey } from "./config-values";
import { type FieldDescriptor } from "./field-descriptors";
import { type FieldOf, type FieldProps } from "./field-props";
import { optionLabel } from "./simple-fields";

type Item = Record<string, unknown>;

/** Renders one sub-field of an item (ConfigField, handed down so the two files do not import each other). */
export type RenderField = (props: FieldProps) => ReactNode;

/** `case_3`: a slug id no other item has, for keys that must be unique slugs (ids, form field names). */
function freshSlug(items: readonly Item[], key: string, base: string): string {
  const taken = new Set(items.map((item) => item[key]));
  for (let n = items.length + 1; ; n++) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
}

/** A new item: defaults where the schema has them, fresh ids and labels, empty required texts. */
export function newItem(fields: readonly FieldDescriptor[], items: readonly Item[], itemLabel: string): Item {
  const base = itemLabel.toLowerCase().replace(/[^a-z0-9]+/g, "_") || "item";
  const item: Item = {};
  for (const field of fields) {
    if (field.defaultValue !== undefined) item[field.key] = field.defaultValue;
    else if (field.key === "id" || field.key === "name") item[field.key] = freshSlug(items, field.key, base);
    else if (field.key === "label") item[field.key] = `${itemLabel} ${items.length + 1}`;
    else if (!field.optional && (field.kind === "text" || field.kind === "expression")) item[field.key] = "";
  }
  return item;
}

/** A list of objects: one group of sub-fields per item, which can be added, moved and removed. */
export function ListField(props: FieldProps<FieldOf<"list">> & { renderField: RenderField }) {
  const { field, value, issues, onChange, readOnly, renderField } = props;
  const items = Array.isArray(value) ? (value as Item[]) : [];
  const set = (next: Item[]) => onChange(next);
  const move = (from: number, to: number) => {
    const next = [...items];
    const [moved] = next.splice(from, 1);
    if (moved) next.splice(to, 0, moved);
    set(next);
  };
  const noun = field.itemLabel.toLowerCase();
  const full = field.max !== undefined && items.length >= field.max;
  const { variants } = field;
  const variantOf = (item: Item) => variants?.options.find((option) => option.value === item[variants.key]);
  /** A new item of the variant `value` (or of the list's one shape). */
  const fresh = (value: string | undefined): Item => {
    const variant = variants?.options.find((option) => option.value === value);
    if (!variants || !variant) return newItem(field.fields, items, field.itemLabel);
    return { [variants.key]: variant.value, ...newItem(variant.fields, items, field.itemLabel) };
  };
  // A union list adds the first kind not in it yet (a guardrail runs each check once).
  const nextVariant = variants?.options.find((option) => !items.some((item) => variantOf(item) === option));

  return (
    <FormFieldset
      legend={field.label}
      description={field.description}
      error={messagesOf(issues).join(" ") || undefined}
    >
      {items.map((item, index) => {
        const itemIssues = issuesUnder(issues, index);
        const title = `${field.itemLabel} ${index + 1}`;
        return (
          <fieldset key={index} className="grid gap-3 rounded-md border p-3">
            <legend className="px-1 text-sm font-medium">{title}</legend>
            {messagesOf(itemIssues).length ? (
              <p role="alert" className="text-sm font-medium text-destructive">
                {messagesOf(itemIssues).join(" ")}
              </p>
            ) : null}
            {variants ? (
              <FormField label="Kind" required>
                <NativeSelect
                  value={variantOf(item)?.value ?? ""}
                  disabled={readOnly}
                  onChange={(event) => set(items.map((old, at) => (at === index ? fresh(event.target.value) : old)))}
                >
                  {variantOf(item) ? null : <option value="">Choose…</option>}
                  {variants.options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {optionLabel(option.value)}
                    </option>
                  ))}
                </NativeSelect>
              </FormField>
            ) : null}
            {(variants ? (variantOf(item)?.fields ?? []) : field.fields).map((sub) => (
              <div key={sub.key}>
                {renderField({
                  field: sub,
                  value: isPlainObject(item) ? item[sub.key] : undefined,
                  siblings: item,
                  issues: issuesUnder(itemIssues, sub.key),
                  readOnly,
                  onChange: (next) => set(items.map((old, at) => (at === index ? withKey(old, sub.key, next) : old))),
                })}
              </div>
            ))}
            {readOnly ? null : (
              <div className="flex gap-1">
                <Button
                  variant="ghost"
                  size="sm"
                  aria-label={`Move ${noun} ${index + 1} up`}
                  disabled={index === 0}
                  onClick={() => move(index, index - 1)}
                >
                  <ArrowUp aria-hidden="true" />
                </Button>
                <Button
                  variant="ghost"
                  size="sm"
                  aria-label={`Move ${noun} ${index + 1} down`}
                  disabled={index === items.length - 1}
                  onClick={() => move(index, index + 1)}
                >
                  <ArrowDown aria-hidden="true" />
                </Button>
                <Button
                  variant="ghost"
                  size="sm"
                  className="ml-auto text-destructive"
                  onClick={() => set(items.filter((_, at) => at !== index))}
                >
                  <Trash2 aria-hidden="true" />
                  Remove {noun} {index + 1}
                </Button>
              </div>
            )}
          </fieldset>
        );
      })}
      {readOnly ? null : (
        <Button
          variant="outline"
          size="sm"
          className="justify-self-start"
          disabled={full}
          onClick={() => set([...items, fresh((nextVariant ?? variants?.options[0])?.value)])}
        >
          <Plus aria-hidden="true" />
          Add {noun}
        </Button>
      )}
    </FormFieldset>
  );
}
