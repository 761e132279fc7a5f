"use client";

import { useId } from "react";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { useFieldDraft } from "../use-field-draft";
import { emptied, messagesOf } from "./config-values";
import { humanise } from "./field-labels";
import { type FieldOf, type FieldProps } from "./field-props";

/** The field's problems as one error text for FormField, or undefined. */
export const errorOf = (props: Pick<FieldProps, "issues">): string | undefined =>
  messagesOf(props.issues, true).join(" ") || undefined;

const placeholderOf = (defaultValue: unknown) =>
  typeof defaultValue === "string" || typeof defaultValue === "number" ? `${defaultValue} (default)` : undefined;

/** Plain text, on one line or several. */
export function TextField(props: FieldProps<FieldOf<"text"> | FieldOf<"rowId">>) {
  const { field, value, onChange, readOnly } = props;
  const text = typeof value === "string" ? value : "";
  const change = (next: string) => onChange(next === "" ? emptied(field, "") : next);
  const shared = {
    value: text,
    readOnly,
    placeholder: placeholderOf(field.defaultValue),
    maxLength: field.kind === "text" ? field.maxLength : 64,
  };
  return (
    <FormField label={field.label} description={field.description} error={errorOf(props)} required={!field.optional}>
      {field.kind === "text" && field.multiline ? (
        <Textarea {...shared} className="min-h-20" onChange={(event) => change(event.target.value)} />
      ) : (
        <Input
          {...shared}
          className={field.kind === "rowId" ? "font-mono" : undefined}
          spellCheck={field.kind === "rowId" ? false : undefined}
          onChange={(event) => change(event.target.value)}
        />
      )}
    </FormField>
  );
}

/** A number typed as text, so "0." and "-" can be typed on the way; stored when it is a number. */
export function NumberField(props: FieldProps<FieldOf<"number">>) {
  const { field, value, onChange, readOnly } = props;
  const stored = typeof value === "number" ? value : undefined;
  const [draft, setDraft] = useFieldDraft(stored, (number) => ({
    text: number === undefined ? "" : String(number),
    error: null as string | null,
  }));
  const edit = (text: string) => {
    if (!text.trim()) {
      setDraft({ text, error: null }, undefined);
      return onChange(undefined);
    }
    const number = Number(text.trim());
    if (!Number.isFinite(number)) return setDraft({ text, error: "Enter a number." }, stored);
    setDraft({ text, error: null }, number);
    onChange(number);
  };
  const range =
    field.min !== undefined && field.max !== undefined
      ? `From ${field.min.toLocaleString("en-US")} to ${field.max.toLocaleString("en-US")}.`
      : undefined;
  return (
    <FormField
      label={field.label}
      description={[field.description, range].filter(Boolean).join(" ") || undefined}
      error={draft.error ?? errorOf(props)}
      required={!field.optional}
    >
      <Input
        inputMode={field.integer ? "numeric" : "decimal"}
        value={draft.text}
        readOnly={readOnly}
        placeholder={placeholderOf(field.defaultValue)}
        onChange={(event) => edit(event.target.value)}
      />
    </FormField>
  );
}

/** A checkbox; the default applies until it is ticked or cleared. */
export function BooleanField(props: FieldProps<FieldOf<"boolean">>) {
  const { field, value, onChange, readOnly } = props;
  const id = useId();
  const error = errorOf(props);
  const checked = typeof value === "boolean" ? value : field.defaultValue === true;
  const describedBy = [field.description ? `${id}-description` : "", error ? `${id}-error` : ""].filter(Boolean);
  return (
    <div className="grid gap-1">
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          className="size-4 accent-primary"
          checked={checked}
          disabled={readOnly}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy.join(" ") || undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id} className="text-sm font-medium">
          {field.label}
        </label>
      </div>
      {field.description ? (
        <p id={`${id}-description`} className="pl-6 text-sm text-muted-foreground">
          {field.description}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="pl-6 text-sm font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const OPTION_LABELS: Record<string, string> = {
  hmac_sha256: "HMAC-SHA256",
  whatsapp: "WhatsApp",
  with_output: "With the workflow's output",
  pii_redaction: "Personal data",
  brand: "Brand rules",
  json_schema: "JSON schema",
};

/** An enum value as people read it: "GET" stays, "long_text" → "Long text". */
export const optionLabel = (option: string) =>
  OPTION_LABELS[option] ?? (option === option.toUpperCase() ? option : humanise(option));

/** One of the schema's values; empty (the default, or nothing chosen yet) when the key is left out. */
export function EnumField(props: FieldProps<FieldOf<"enum">>) {
  const { field, value, onChange, readOnly } = props;
  const current = typeof value === "string" ? value : "";
  const fallback = typeof field.defaultValue === "string" ? field.defaultValue : null;
  const unknown = current && !field.options.includes(current) ? current : null;
  return (
    <FormField label={field.label} description={field.description} error={errorOf(props)} required={!field.optional}>
      <NativeSelect value={current} disabled={readOnly} onChange={(event) => onChange(event.target.value || undefined)}>
        {fallback !== null ? (
          <option value="">Default ({optionLabel(fallback)})</option>
        ) : (
          <option value="">{field.optional ? "None" : "Choose…"}</option>
        )}
        {unknown ? <option value={unknown}>{unknown} (not a choice)</option> : null}
        {field.options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </NativeSelect>
    </FormField>
  );
}

/** An IANA time zone, typed with the runtime's list of zones to pick from. */
export function TimezoneField(props: FieldProps<FieldOf<"timezone">>) {
  const { field, value, onChange, readOnly } = props;
  const listId = useId();
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return (
    <>
      <FormField
        label={field.label}
        description={field.description ?? "An IANA name, such as Europe/Berlin or America/New_York."}
        error={errorOf(props)}
        required={!field.optional}
      >
        <Input
          value={typeof value === "string" ? value : ""}
          readOnly={readOnly}
          list={listId}
          spellCheck={false}
          autoCapitalize="none"
          placeholder={placeholderOf(field.defaultValue)}
          onChange={(event) => onChange(event.target.value === "" ? emptied(field, "") : event.target.value)}
        />
      </FormField>
      <datalist id={listId}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
