"use client";

import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { Input } from "@/components/ui/input";
import { ModelPriceInput } from "./model-price-input";
import { EMPTY_MODEL_ROW, type ModelRowValues } from "./provider-form-values";

type Props = {
  rows: ModelRowValues[];
  onChange: (rows: ModelRowValues[]) => void;
  error?: string;
};

const GRID = "grid grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto] items-center gap-2";

/** The models agents may pick, each with its price in USD per million tokens. */
export function ProviderModelsEditor({ rows, onChange, error }: Props) {
  const update = (index: number, patch: Partial<ModelRowValues>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <FormFieldset
      legend="Enabled models"
      error={error}
      description="Agents may use these. Prices are in USD per million tokens and feed the cost reports; leave 0 when free. With none listed, agents use the default model."
    >
      {rows.length ? (
        <div className="grid gap-2">
          <div aria-hidden className={`${GRID} text-xs text-muted-foreground`}>
            <span>Model id</span>
            <span>Input $/1M</span>
            <span>Output $/1M</span>
            <span className="w-8" />
          </div>
          {rows.map((row, index) => {
            const name = row.id.trim() || `row ${index + 1}`;
            return (
              // Rows have no id of their own while typed; the values are all controlled.
              <div key={index} className={GRID}>
                <Input
                  aria-label={`Model id (row ${index + 1})`}
                  value={row.id}
                  maxLength={200}
                  spellCheck={false}
                  autoCapitalize="none"
                  onChange={(event) => update(index, { id: event.target.value })}
                />
                <ModelPriceInput
                  label={`Input $ per 1M tokens for ${name}`}
                  value={row.inputPerMillion}
                  onChange={(inputPerMillion) => update(index, { inputPerMillion })}
                />
                <ModelPriceInput
                  label={`Output $ per 1M tokens for ${name}`}
                  value={row.outputPerMillion}
                  onChange={(outputPerMillion) => update(index, { outputPerMillion })}
                />
                <Button
                  type="button"
                  variant="ghost"
                  size="icon"
                  className="size-8"
                  onClick={() => onChange(rows.filter((_, i) => i !== index))}
                >
                  <Trash2 aria-hidden />
                  <span className="sr-only">Remove model {name}</span>
                </Button>
              </div>
            );
          })}
        </div>
      ) : null}
      <div>
        <Button type="button" variant="outline" size="sm" onClick={() => onChange([...rows, EMPTY_MODEL_ROW])}>
          <Plus aria-hidden />
          Add model
        </Button>
      </div>
    </FormFieldset>
  );
}
