"use client";

import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";
import { useFieldDraft } from "../use-field-draft";
import { emptied, isPlainObject, messagesOf } from "./config-values";
import { type FieldOf, type FieldProps } from "./field-props";

type Row = readonly [string, string];
const GRID = "grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto] items-center gap-2";

/** "Headers" → "Header": what one row is called in its inputs' names. */
const rowNoun = (label: string) => (label.endsWith("s") ? label.slice(0, -1) : label);

/** The rows as a record: blank rows left out; null when two rows have the same name. */
function recordOf(rows: readonly Row[]): { record: Record<string, string> } | { duplicate: string } {
  const record: Record<string, string> = {};
  for (const [key, text] of rows) {
    if (!key && !text) continue;
    if (Object.hasOwn(record, key)) return { duplicate: key };
    record[key] = text;
  }
  return { record };
}

/**
 * A record of texts as rows of name and value. The rows are a draft: a blank row, or two rows
 * with the same name, stay on screen without reaching the config until they make a record.
 */
export function KeyValueField(props: FieldProps<FieldOf<"keyValue">>) {
  const { field, value, issues, onChange, readOnly } = props;
  const stored = isPlainObject(value) ? (value as Record<string, string>) : undefined;
  const [draft, setDraft] = useFieldDraft(stored, (record) => ({
    rows: Object.entries(record ?? {}) as Row[],
    error: null as string | null,
  }));
  const noun = rowNoun(field.label);

  const edit = (rows: Row[]) => {
    const result = recordOf(rows);
    if ("duplicate" in result)
      return setDraft({ rows, error: `Two rows are called "${result.duplicate}"; names must differ.` }, stored);
    const next = Object.keys(result.record).length
      ? result.record
      : (emptied(field, {}) as Record<string, string> | undefined);
    setDraft({ rows, error: null }, next);
    onChange(next);
  };
  const update = (index: number, row: Row) => edit(draft.rows.map((old, at) => (at === index ? row : old)));
  const error = [draft.error, ...messagesOf(issues, true)].filter(Boolean).join(" ") || undefined;

  return (
    <FormFieldset legend={field.label} description={field.description} error={error}>
      {draft.rows.length ? (
        <div className="grid gap-2">
          <div aria-hidden="true" className={cn(GRID, "text-xs text-muted-foreground")}>
            <span>Name</span>
            <span>Value</span>
            <span className="w-9" />
          </div>
          {draft.rows.map(([key, text], index) => (
            // Rows have no id of their own while typed; their inputs are all controlled.
            <div key={index} className={GRID}>
              <Input
                aria-label={`${noun} name (row ${index + 1})`}
                value={key}
                readOnly={readOnly}
                spellCheck={false}
                autoCapitalize="none"
                className="font-mono"
                onChange={(event) => update(index, [event.target.value, text])}
              />
              <Input
                aria-label={`${noun} value (row ${index + 1})`}
                value={text}
                readOnly={readOnly}
                spellCheck={false}
                className={field.valueMode ? "font-mono text-xs md:text-xs" : undefined}
                onChange={(event) => update(index, [key, event.target.value])}
              />
              {readOnly ? (
                <span className="w-9" />
              ) : (
                <Button
                  variant="ghost"
                  size="icon"
                  aria-label={`Remove ${noun.toLowerCase()} ${key || `row ${index + 1}`}`}
                  onClick={() => edit(draft.rows.filter((_, at) => at !== index))}
                >
                  <Trash2 aria-hidden="true" />
                </Button>
              )}
            </div>
          ))}
        </div>
      ) : (
        <p className="text-sm text-muted-foreground">None yet.</p>
      )}
      {readOnly ? null : (
        <Button
          variant="outline"
          size="sm"
          className="justify-self-start"
          onClick={() => setDraft({ rows: [...draft.rows, ["", ""]], error: draft.error }, stored)}
        >
          <Plus aria-hidden="true" />
          Add {noun.toLowerCase()}
        </Button>
      )}
    </FormFieldset>
  );
}
