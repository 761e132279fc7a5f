"use client";

import { useId } from "react";
import { Badge } from "@/components/ui/badge";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { WORKFLOW_TEMPLATE_CATEGORY_LABELS, WORKFLOW_TEMPLATES } from "@/lib/workflow/templates";

/** The gallery's choice for a workflow that starts from the starter graph. */
export const BLANK = "blank";

type Option = { id: string; name: string; description: string; category?: string; steps: number };

const OPTIONS: Option[] = [
  {
    id: BLANK,
    name: "Blank workflow",
    description: "Run by hand, returning the run's input. Build the steps yourself.",
    steps: 2,
  },
  ...WORKFLOW_TEMPLATES.map((template) => ({
    id: template.id,
    name: template.name,
    description: template.description,
    category: WORKFLOW_TEMPLATE_CATEGORY_LABELS[template.category],
    steps: template.graph.nodes.length,
  })),
];

function TemplateCard({
  option,
  group,
  checked,
  onSelect,
}: {
  option: Option;
  group: string;
  checked: boolean;
  onSelect: () => void;
}) {
  const id = useId();
  // Named by the template's name alone; what it does is the description.
  const labelId = `${id}-label`;
  const descriptionId = `${id}-description`;
  return (
    <li>
      <label className="flex h-full cursor-pointer items-start gap-3 rounded-md border p-3 text-sm has-checked:border-primary/60 has-checked:bg-accent/40 has-focus-visible:ring-[3px] has-focus-visible:ring-ring/50">
        <input
          type="radio"
          name={group}
          value={option.id}
          className="mt-0.5 size-4 cursor-pointer accent-primary"
          checked={checked}
          aria-labelledby={labelId}
          aria-describedby={descriptionId}
          onChange={onSelect}
        />
        <span className="grid min-w-0 gap-1">
          <span className="flex flex-wrap items-center gap-2">
            <span id={labelId} className="font-medium">
              {option.name}
            </span>
            {option.category ? <Badge variant="outline">{option.category}</Badge> : null}
          </span>
          <span id={descriptionId} className="text-muted-foreground">
            {option.description}
          </span>
          <span className="text-xs text-muted-foreground">{option.steps} steps</span>
        </span>
      </label>
    </li>
  );
}

/** Blank or one of the agency templates, as a radio group of cards. */
export function TemplateGallery({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const group = useId();
  return (
    <FormFieldset legend="Start from">
      <ul className="grid gap-2 sm:grid-cols-2">
        {OPTIONS.map((option) => (
          <TemplateCard
            key={option.id}
            option={option}
            group={group}
            checked={value === option.id}
            onSelect={() => onChange(option.id)}
          />
        ))}
      </ul>
    </FormFieldset>
  );
}
