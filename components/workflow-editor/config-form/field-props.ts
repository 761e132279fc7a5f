import { createContext } from "react";
import { type FieldIssue } from "./config-values";
import { type FieldDescriptor } from "./field-descriptors";
import { type Suggestion } from "./suggestions";

/** What every field input gets: its descriptor, the stored value and the problems under it. */
export interface FieldProps<F extends FieldDescriptor = FieldDescriptor> {
  field: F;
  /** The stored value; undefined when the key is left out. */
  value: unknown;
  /** The object the field sits in (the config, or one list item), for fields that depend on another. */
  siblings: Readonly<Record<string, unknown>>;
  /** Problems with the value, paths from the field. */
  issues: readonly FieldIssue[];
  /** Stores a new value; undefined leaves the key out. */
  onChange: (value: unknown) => void;
  readOnly: boolean;
}

export type FieldOf<K extends FieldDescriptor["kind"]> = Extract<FieldDescriptor, { kind: K }>;

/** What expressions in the step being edited can read (earlier steps, input, variables). */
export const SuggestionsContext = createContext<readonly Suggestion[]>([]);
