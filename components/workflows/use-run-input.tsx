"use client";

import { useMemo, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import type { TWorkflowGraph } from "@/lib/workflow/graph";
import {
  initialRunJson,
  initialRunValues,
  parseRunInputJson,
  runFormFields,
  runInputFromValues,
  type RunField,
  type RunValues,
} from "./run-input";
import { RunInputFields } from "./run-input-fields";

export type RunInput = {
  fields: RunField[] | null;
  values: RunValues;
  json: string;
  errors: Record<string, string>;
  setValue: (name: string, value: RunValues[string]) => void;
  setJson: (json: string) => void;
  /** The input to start a run with, or null with the errors shown on the fields. */
  read: () => Record<string, unknown> | null;
};

/**
 * A run's input as the graph's trigger asks for it: one field per declared input, or a JSON
 * object when the trigger declares none. Mount it again (a key) for another graph.
 */
export function useRunInput(graph: TWorkflowGraph): RunInput {
  const fields = useMemo(() => runFormFields(graph), [graph]);
  const [values, setValues] = useState<RunValues>(() => initialRunValues(fields ?? []));
  const [json, setJson] = useState(() => initialRunJson(graph));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const read = () => {
    if (fields) {
      const parsed = runInputFromValues(fields, values);
      setErrors(parsed.ok ? {} : parsed.errors);
      return parsed.ok ? parsed.input : null;
    }
    const parsed = parseRunInputJson(json);
    setErrors(parsed.ok ? {} : { json: parsed.message });
    return parsed.ok ? parsed.input : null;
  };
  return {
    fields,
    values,
    json,
    errors,
    setValue: (name, value) => setValues((current) => ({ ...current, [name]: value })),
    setJson,
    read,
  };
}

/** The fields (or the JSON box) of a `useRunInput`. */
export function RunInputEditor({ input }: { input: RunInput }) {
  if (input.fields) {
    return (
      <RunInputFields fields={input.fields} values={input.values} errors={input.errors} onChange={input.setValue} />
    );
  }
  return (
    <FormField
      label="Input"
      description="A JSON object the steps read as input, e.g. {{ input.name }}."
      error={input.errors.json}
    >
      <Textarea value={input.json} className="font-mono" onChange={(event) => input.setJson(event.target.value)} />
    </FormField>
  );
}
