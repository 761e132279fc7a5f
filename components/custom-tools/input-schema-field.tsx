"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { formatSchemaText, schemaProblems } from "./custom-tool-form-values";

type Props = {
  value: string;
  /** The last save's (or check's) error about the schema. */
  error?: string;
  onChange: (value: string) => void;
};

/**
 * The input schema as JSON text. Once the person leaves the field, every problem is listed
 * live (invalid JSON, unsupported keywords, where each one is), not only the first.
 */
export function InputSchemaField({ value, error, onChange }: Props) {
  const [touched, setTouched] = useState(false);
  const problems = touched ? schemaProblems(value) : [];
  const shown = problems.length ? problems : error ? [error] : [];
  return (
    <div className="grid gap-2">
      <FormField
        label="Input schema (JSON Schema)"
        required
        error={
          shown.length ? (
            <>
              {shown.map((problem) => (
                <span key={problem} className="block">
                  {problem}
                </span>
              ))}
            </>
          ) : undefined
        }
        description={
          <>
            An object with <code>properties</code> the model fills in. Supported: <code>type</code> (string, number,
            integer, boolean, array, object), <code>description</code>, <code>enum</code>, <code>items</code>,{" "}
            <code>properties</code>, <code>required</code>.
          </>
        }
      >
        <Textarea
          value={value}
          rows={10}
          spellCheck={false}
          autoCapitalize="none"
          className="font-mono text-xs"
          onBlur={() => setTouched(true)}
          onChange={(event) => onChange(event.target.value)}
        />
      </FormField>
      <div>
        <Button type="button" variant="outline" size="sm" onClick={() => onChange(formatSchemaText(value))}>
          Format JSON
        </Button>
      </div>
    </div>
  );
}
