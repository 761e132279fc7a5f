"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useId, type ReactNode } from "react";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { isCustomToolName, TOOL_CATALOG, TOOL_NAMES, type AgentToolName } from "@/lib/agents/tools";
import { useTRPC } from "@/lib/trpc/react";

type Props = {
  value: readonly AgentToolName[];
  error?: string;
  onChange: (next: AgentToolName[]) => void;
};

type Option = { tool: AgentToolName; label: ReactNode; description: ReactNode };

function ToolCheckbox({
  option,
  checked,
  invalid,
  onToggle,
}: {
  option: Option;
  checked: boolean;
  invalid: boolean;
  onToggle: (checked: boolean) => void;
}) {
  const id = useId();
  // Named by its label alone; what it does is the description.
  const labelId = `${id}-label`;
  const descriptionId = `${id}-description`;
  return (
    <li>
      <label className="flex cursor-pointer items-start gap-3 rounded-md border p-3 text-sm has-checked:border-primary/60 has-checked:bg-accent/40 has-disabled:cursor-not-allowed">
        <input
          type="checkbox"
          className="mt-0.5 size-4 cursor-pointer accent-primary disabled:cursor-not-allowed"
          checked={checked}
          aria-labelledby={labelId}
          aria-describedby={descriptionId}
          aria-invalid={invalid ? true : undefined}
          onChange={(event) => onToggle(event.target.checked)}
        />
        <span className="grid min-w-0 gap-1">
          <span id={labelId} className="font-medium break-all">
            {option.label}
          </span>
          <span id={descriptionId} className="text-muted-foreground">
            {option.description}
          </span>
        </span>
      </label>
    </li>
  );
}

const BUILT_IN: Option[] = TOOL_NAMES.map((tool) => ({ tool, ...TOOL_CATALOG[tool] }));

/**
 * One checkbox per tool, with what it does: the built-in tools, then the agency's custom HTTP
 * tools. The order sent follows that list; a custom tool the agent lists but the agency no
 * longer has stays visible so it can be unticked.
 */
export function AgentToolsField({ value, error, onChange }: Props) {
  const trpc = useTRPC();
  const query = useQuery(trpc.customTools.list.queryOptions());
  const custom: Option[] = (query.data ?? []).map((tool) => ({
    tool: `custom.${tool.name}`,
    label: <code>custom.{tool.name}</code>,
    description: tool.description,
  }));
  const known = new Set<string>(custom.map((option) => option.tool));
  const gone: Option[] = query.isSuccess
    ? value
        .filter((tool) => isCustomToolName(tool) && !known.has(tool))
        .map((tool) => ({ tool, label: <code>{tool}</code>, description: "This tool no longer exists; untick it." }))
    : [];
  const options = [...BUILT_IN, ...custom, ...gone];
  const toggle = (tool: AgentToolName, checked: boolean) => {
    const listed = options.map((option) => option.tool);
    // Custom tools still loading are kept as they are.
    const unlisted = value.filter((name) => !listed.includes(name));
    onChange([...listed.filter((option) => (option === tool ? checked : value.includes(option))), ...unlisted]);
  };
  const render = (option: Option) => (
    <ToolCheckbox
      key={option.tool}
      option={option}
      checked={value.includes(option.tool)}
      invalid={Boolean(error)}
      onToggle={(checked) => toggle(option.tool, checked)}
    />
  );

  return (
    <FormFieldset legend="Allowed tools" error={error} description="What the agent may do beyond writing text.">
      <ul className="grid gap-3 sm:grid-cols-2">{BUILT_IN.map(render)}</ul>
      <h3 className="mt-4 text-sm font-medium">Your agency&apos;s custom tools</h3>
      {query.isPending ? (
        <p className="text-sm text-muted-foreground">Loading custom tools…</p>
      ) : query.isError ? (
        <p role="alert" className="text-sm text-destructive">
          Custom tools could not be loaded: {query.error.message}
        </p>
      ) : custom.length || gone.length ? (
        <ul className="grid gap-3 sm:grid-cols-2">{[...custom, ...gone].map(render)}</ul>
      ) : (
        <p className="text-sm text-muted-foreground">
          None yet. Managers add HTTP tools that call your own APIs on the{" "}
          <Link href="/tools" className="underline underline-offset-4">
            Tools page
          </Link>
          .
        </p>
      )}
    </FormFieldset>
  );
}
