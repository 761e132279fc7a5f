"use client";

import { useId } from "react";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { TOOL_CATALOG, TOOL_NAMES, type ToolName } from "@/lib/agents/tools";

type Props = {
  value: readonly ToolName[];
  error?: string;
  onChange: (next: ToolName[]) => void;
};

/** One checkbox per tool, with what it does; the order sent follows TOOL_NAMES. */
export function AgentToolsField({ value, error, onChange }: Props) {
  const id = useId();
  const toggle = (tool: ToolName, checked: boolean) =>
    onChange(TOOL_NAMES.filter((option) => (option === tool ? checked : value.includes(option))));
  return (
    <FormFieldset legend="Allowed tools" error={error} description="What the agent may do beyond writing text.">
      <ul className="grid gap-3 sm:grid-cols-2">
        {TOOL_NAMES.map((tool) => {
          // Named by its label alone; what it does is the description.
          const labelId = `${id}-${tool}-label`;
          const descriptionId = `${id}-${tool}-description`;
          return (
            <li key={tool}>
              <label className="flex cursor-pointer items-start gap-3 rounded-md border p-3 text-sm has-checked:border-primary/60 has-checked:bg-accent/40 has-disabled:cursor-not-allowed">
                <input
                  type="checkbox"
                  className="mt-0.5 size-4 cursor-pointer accent-primary disabled:cursor-not-allowed"
                  checked={value.includes(tool)}
                  aria-labelledby={labelId}
                  aria-describedby={descriptionId}
                  aria-invalid={error ? true : undefined}
                  onChange={(event) => toggle(tool, event.target.checked)}
                />
                <span className="grid gap-1">
                  <span id={labelId} className="font-medium">
                    {TOOL_CATALOG[tool].label}
                  </span>
                  <span id={descriptionId} className="text-muted-foreground">
                    {TOOL_CATALOG[tool].description}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </FormFieldset>
  );
}
