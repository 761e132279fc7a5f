"use client";

import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { Button } from "@/components/ui/button";
import { parseJson } from "../config-issues";
import { useFieldDraft } from "../use-field-draft";
import { messagesOf } from "./config-values";
import { type FieldProps } from "./field-props";

/** A JSON Schema to start from: an object with one property. */
const SCHEMA_EXAMPLE = {
  type: "object",
  properties: { name: { type: "string", description: "Who it is for." } },
  required: ["name"],
};

const format = (value: unknown) => (value === undefined ? "" : JSON.stringify(value, null, 2));

/**
 * One field's value as JSON: for JSON Schemas, and for any shape the form has no input for.
 * Committed whenever it parses; emptied, the key is left out.
 */
export function JsonValueField(props: FieldProps & { notice?: string }) {
  const { field, value, issues, onChange, readOnly, notice } = props;
  const [draft, setDraft] = useFieldDraft(value, (stored) => ({ text: format(stored), error: null as string | null }));
  const edit = (text: string) => {
    if (!text.trim()) {
      setDraft({ text, error: null }, undefined);
      return onChange(undefined);
    }
    const parsed = parseJson(text);
    if (!parsed.ok) return setDraft({ text, error: parsed.message }, value);
    setDraft({ text, error: null }, parsed.value);
    onChange(parsed.value);
  };
  const schema = field.kind === "jsonSchema";
  const description =
    [
      notice,
      field.description,
      schema ? "A JSON Schema object: type, properties, required, items, enum, description." : "As JSON.",
    ]
      .filter(Boolean)
      .join(" ") || undefined;
  const error = draft.error ?? (messagesOf(issues, true).join(" ") || undefined);
  return (
    <div className="grid gap-1">
      <FormField label={field.label} description={description} error={error} required={!field.optional}>
        <Textarea
          value={draft.text}
          readOnly={readOnly}
          spellCheck={false}
          placeholder={field.defaultValue !== undefined ? `${JSON.stringify(field.defaultValue)} (default)` : undefined}
          className="max-h-72 min-h-20 font-mono text-xs md:text-xs"
          onChange={(event) => edit(event.target.value)}
        />
      </FormField>
      {schema && !readOnly && draft.text.trim() === "" ? (
        <Button
          variant="link"
          size="sm"
          className="justify-self-start px-0"
          onClick={() => edit(JSON.stringify(SCHEMA_EXAMPLE, null, 2))}
        >
          Start from an example
        </Button>
      ) : null}
    </div>
  );
}
