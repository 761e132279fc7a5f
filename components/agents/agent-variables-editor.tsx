"use client";

import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { Input } from "@/components/ui/input";
import type { VariableRow } from "./agent-form-values";

type Props = {
  rows: VariableRow[];
  readOnly: boolean;
  error?: string;
  onChange: (rows: VariableRow[]) => void;
};

/** The schema's limit. */
const MAX_VARIABLES = 20;
const GRID = "grid grid-cols-[minmax(0,1fr)_minmax(0,2fr)_auto] items-center gap-2";

/** The agent's own `{{variables}}`: a name and the text it stands for. */
export function AgentVariablesEditor({ rows, readOnly, error, onChange }: Props) {
  const update = (index: number, patch: Partial<VariableRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <FormFieldset
      legend="Custom variables"
      error={error}
      description={`Use them in the prompt as {{name}}. Names use letters, digits and _, starting with a letter; at most ${MAX_VARIABLES}.`}
    >
      {rows.length ? (
        <div className="grid gap-2">
          <div aria-hidden className={`${GRID} text-xs text-muted-foreground`}>
            <span>Name</span>
            <span>Value</span>
            <span className="w-8" />
          </div>
          {rows.map((row, index) => {
            const label = row.name.trim() || `row ${index + 1}`;
            return (
              // Rows have no id of their own while typed; the values are all controlled.
              <div key={index} className={GRID}>
                <Input
                  aria-label={`Variable name (row ${index + 1})`}
                  value={row.name}
                  maxLength={60}
                  spellCheck={false}
                  autoCapitalize="none"
                  className="font-mono"
                  onChange={(event) => update(index, { name: event.target.value })}
                />
                <Input
                  aria-label={`Variable value (row ${index + 1})`}
                  value={row.value}
                  maxLength={2_000}
                  onChange={(event) => update(index, { value: event.target.value })}
                />
                {readOnly ? (
                  <span className="w-8" />
                ) : (
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    className="size-8"
                    onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  >
                    <Trash2 aria-hidden />
                    <span className="sr-only">Remove variable {label}</span>
                  </Button>
                )}
              </div>
            );
          })}
        </div>
      ) : (
        <p className="text-sm text-muted-foreground">No custom variables.</p>
      )}
      {readOnly ? null : (
        <div>
          <Button
            type="button"
            variant="outline"
            size="sm"
            disabled={rows.length >= MAX_VARIABLES}
            onClick={() => onChange([...rows, { name: "", value: "" }])}
          >
            <Plus aria-hidden />
            Add variable
          </Button>
        </div>
      )}
    </FormFieldset>
  );
}
