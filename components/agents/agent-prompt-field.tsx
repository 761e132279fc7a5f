"use client";

import { Badge, type BadgeProps } from "@/components/ui/badge";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { BUILT_IN_VARIABLES, promptVariables } from "@/lib/agents/prompt";
import { unknownVariablesMessage } from "./agent-form-values";

type Props = {
  value: string;
  /** Names of the agent's custom variables, as typed. */
  customNames: readonly string[];
  /** The error from the last check or save; unknown variables are reported live, as they are typed. */
  error?: string;
  onChange: (value: string) => void;
};

const KIND_BADGES: Record<"built-in" | "custom" | "unknown", { label: string; variant: BadgeProps["variant"] }> = {
  "built-in": { label: "built in", variant: "secondary" },
  custom: { label: "custom", variant: "outline" },
  unknown: { label: "unknown", variant: "destructive" },
};

const builtIn = new Set<string>(BUILT_IN_VARIABLES);
const builtInList = BUILT_IN_VARIABLES.map((name) => `{{${name}}}`).join(", ");

/** The system prompt, with the `{{variables}}` it uses sorted into built in, custom and unknown as it is typed. */
export function AgentPromptField({ value, customNames, error, onChange }: Props) {
  const used = promptVariables(value).map((name) => {
    const kind: keyof typeof KIND_BADGES = builtIn.has(name)
      ? "built-in"
      : customNames.includes(name)
        ? "custom"
        : "unknown";
    return { name, kind };
  });
  const unknown = used.filter((variable) => variable.kind === "unknown").map((variable) => variable.name);

  return (
    <div className="grid gap-2">
      <FormField
        label="System prompt"
        required
        error={unknownVariablesMessage(unknown) ?? error}
        description={`The agent's standing instructions. ${builtInList} are filled in for each request; define your own variables below.`}
      >
        <Textarea
          value={value}
          rows={10}
          maxLength={20_000}
          spellCheck
          className="font-mono text-sm"
          onChange={(event) => onChange(event.target.value)}
        />
      </FormField>
      {used.length ? (
        <ul aria-label="Variables in the prompt" className="flex flex-wrap gap-2">
          {used.map(({ name, kind }) => (
            <li key={name}>
              <Badge variant={KIND_BADGES[kind].variant}>
                <code>{`{{${name}}}`}</code> {KIND_BADGES[kind].label}
              </Badge>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted-foreground">This prompt uses no variables.</p>
      )}
    </div>
  );
}
