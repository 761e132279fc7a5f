"use client";

import { useId } from "react";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { jsonLength, MAX_CONFIG_CHARS } from "@/lib/workflow/graph";
import { cn } from "@/lib/utils";
import { formatJson, parseJson, type ConfigIssue } from "./config-issues";
import { useFieldDraft } from "./use-field-draft";

type Props = {
  label: string;
  /** The stored value the box edits. */
  value: unknown;
  /** Called with each parsed value that differs from the stored one; text that is not JSON is kept in the box only. */
  onCommit: (value: unknown) => void;
  /** What the schema says is wrong with the stored value, per field. */
  issues?: readonly ConfigIssue[];
  description?: string;
  readOnly?: boolean;
  className?: string;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});

/** A JSON value edited as text: committed whenever it parses, with where it does not and the schema's problems per field. */
export function JsonField({ label, value, onCommit, issues = [], description, readOnly, className }: Props) {
  const id = useId();
  const [draft, setDraft] = useFieldDraft(value, (stored) => ({
    text: formatJson(stored),
    error: null as string | null,
  }));

  const onChange = (text: string) => {
    const parsed = parseJson(text);
    if (!parsed.ok) return setDraft({ text, error: parsed.message }, value);
    const length = jsonLength(parsed.value) ?? 0;
    if (length > MAX_CONFIG_CHARS)
      return setDraft(
        { text, error: `This is too large: at most ${MAX_CONFIG_CHARS.toLocaleString("en-US")} characters as JSON.` },
        value,
      );
    if (same(parsed.value, value)) return setDraft({ text, error: null }, value);
    setDraft({ text, error: null }, parsed.value);
    onCommit(parsed.value);
  };

  const problems = draft.error ? [{ path: "", message: draft.error }] : issues;
  const describedBy = [description ? `${id}-description` : "", problems.length ? `${id}-problems` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={cn("grid gap-2", className)}>
      <Label htmlFor={id} className={cn(problems.length && "text-destructive")}>
        {label}
      </Label>
      <Textarea
        id={id}
        value={draft.text}
        onChange={(event) => onChange(event.target.value)}
        readOnly={readOnly}
        spellCheck={false}
        aria-invalid={problems.length > 0 || undefined}
        aria-describedby={describedBy || undefined}
        className="max-h-80 min-h-28 font-mono text-xs md:text-xs"
      />
      {description ? (
        <p id={`${id}-description`} className="text-xs text-muted-foreground">
          {description}
        </p>
      ) : null}
      {problems.length ? (
        <ul id={`${id}-problems`} className="grid gap-1 text-sm text-destructive">
          {problems.map((problem) => (
            <li key={`${problem.path}:${problem.message}`}>
              {problem.path ? (
                <code className="mr-1 rounded bg-destructive/10 px-1 text-xs">{problem.path}</code>
              ) : null}
              {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
