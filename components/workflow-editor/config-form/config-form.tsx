"use client";

import { useMemo } from "react";
import { type GraphError } from "@/lib/workflow/graph-error";
import { nodeTypeMeta, type NodeType } from "@/lib/workflow/node-types";
import { configIssues } from "../config-issues";
import { useEditor } from "../editor-context";
import { selectGraph } from "../editor-state";
import { ConfigField } from "./config-field";
import { collectIssues, isPlainObject, issuesUnder, messagesOf, withKey } from "./config-values";
import { describeConfig } from "./field-descriptors";
import { SuggestionsContext } from "./field-props";
import { expressionSuggestions } from "./suggestions";

type Props = {
  stepId: string;
  /** The name people see for the step: the graph's messages start with it. */
  stepLabel: string;
  type: NodeType;
  config: unknown;
  /** The graph's problems on this step (references, expression syntax). */
  problems: readonly GraphError[] | undefined;
  readOnly: boolean;
  /** Stores a new config; `key` groups a run of typing in one field into one undo step. */
  onChange: (config: Record<string, unknown>, key: string) => void;
};

/**
 * The step's config as a form made from its node type's schema, one input per field (see
 * `describeConfig`), with each field's problems beside it. Edits go through the same `onChange`
 * as the JSON box, so undo, redo and autosave treat them alike.
 */
export function ConfigForm({ stepId, stepLabel, type, config, problems, readOnly, onChange }: Props) {
  const fields = useMemo(() => describeConfig(type, nodeTypeMeta(type)), [type]);
  const issues = useMemo(
    () => collectIssues(configIssues(type, config), problems ?? [], stepLabel),
    [type, config, problems, stepLabel],
  );
  const graph = useEditor(selectGraph);
  const suggestions = useMemo(() => expressionSuggestions(graph, stepId), [graph, stepId]);

  const object = config ?? {};
  if (!isPlainObject(object))
    return (
      <p role="alert" className="text-sm text-destructive">
        The config is not a JSON object, so the form cannot show it. Fix it in the JSON below.
      </p>
    );
  if (!fields.length) return null;

  const change = (key: string, value: unknown) => {
    let next = withKey(object, key, value);
    // A new provider starts on its default model: the old one is likely not among its models.
    for (const field of fields)
      if (field.kind === "model" && field.providerKey === key && next !== object)
        next = withKey(next, field.key, undefined);
    if (next !== object) onChange(next, `config.${key}`);
  };
  const general = messagesOf(issues);

  return (
    <SuggestionsContext value={suggestions}>
      <fieldset className="grid gap-4" aria-describedby={general.length ? `${stepId}-config-problems` : undefined}>
        <legend className="mb-2 text-sm font-semibold">Settings</legend>
        {general.length ? (
          <ul id={`${stepId}-config-problems`} className="grid gap-1 text-sm text-destructive">
            {general.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        ) : null}
        {fields.map((field) => (
          <ConfigField
            key={field.key}
            field={field}
            value={object[field.key]}
            siblings={object}
            issues={issuesUnder(issues, field.key)}
            readOnly={readOnly}
            onChange={(value) => change(field.key, value)}
          />
        ))}
      </fieldset>
    </SuggestionsContext>
  );
}
