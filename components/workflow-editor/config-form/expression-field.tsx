"use client";

import { useContext, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { checkSyntax } from "@/lib/workflow/expression";
import { cn } from "@/lib/utils";
import { emptied, messagesOf } from "./config-values";
import { SuggestionsContext, type FieldOf, type FieldProps } from "./field-props";
import { applySuggestion, completionAt, matchSuggestions, type Completion, type Suggestion } from "./suggestions";

/** Most suggestions shown at once; typing narrows them. */
const MAX_SHOWN = 12;

interface Open {
  completion: Completion;
  options: Suggestion[];
  active: number;
}

/**
 * A template (`{{ … }}`) or a bare expression, typed in a textarea that completes the names it
 * can read: `{{` or a letter offers the earlier steps' outputs, `input.` and `vars.`. A combobox
 * for assistive technology: arrows move, Enter or Tab accepts, Escape closes, Ctrl+Space opens.
 * Syntax errors show as they are typed; the graph's other problems (references) come in `issues`.
 */
export function ExpressionField({ field, value, issues, onChange, readOnly }: FieldProps<FieldOf<"expression">>) {
  const id = useId();
  const listId = `${id}-options`;
  const text = typeof value === "string" ? value : "";
  const suggestions = useContext(SuggestionsContext);
  const ref = useRef<HTMLTextAreaElement>(null);
  const caretAfter = useRef<number | null>(null);
  const [open, setOpen] = useState<Open | null>(null);

  const syntax = useMemo(() => (text.trim() ? checkSyntax(text, field.mode) : null), [text, field.mode]);
  // The syntax error as typed replaces the graph's, which arrives a moment later.
  const messages = [
    ...(syntax ? [syntax.message] : []),
    ...messagesOf(
      issues.filter((issue) => issue.code !== "expression_syntax"),
      true,
    ),
  ];

  useLayoutEffect(() => {
    const caret = caretAfter.current;
    if (caret === null || !ref.current) return;
    caretAfter.current = null;
    ref.current.setSelectionRange(caret, caret);
  }, [text]);

  const refresh = (nextText: string, caret: number, asked = false) => {
    const completion = completionAt(nextText, caret, field.mode);
    const options = completion ? matchSuggestions(suggestions, completion, asked).slice(0, MAX_SHOWN) : [];
    setOpen(completion && options.length ? { completion, options, active: 0 } : null);
  };

  const accept = (suggestion: Suggestion) => {
    if (!open) return;
    const next = applySuggestion(text, open.completion, suggestion);
    caretAfter.current = next.caret;
    onChange(next.text);
    refresh(next.text, next.caret);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === " " && event.ctrlKey) {
      event.preventDefault();
      refresh(text, event.currentTarget.selectionStart, true);
      return;
    }
    if (!open) return;
    const count = open.options.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setOpen({ ...open, active: (open.active + step + count) % count });
    } else if ((event.key === "Enter" && !event.shiftKey) || event.key === "Tab") {
      const chosen = open.options[open.active];
      if (!chosen) return;
      event.preventDefault();
      accept(chosen);
    } else if (event.key === "Escape") {
      // Closes the list only; the editor's own Escape (clear the selection) waits for the next one.
      event.preventDefault();
      event.stopPropagation();
      setOpen(null);
    }
  };

  const describedBy = [`${id}-hint`, field.description ? `${id}-description` : "", messages.length ? `${id}-error` : ""]
    .filter(Boolean)
    .join(" ");
  const activeId = open ? `${id}-option-${open.active}` : undefined;

  return (
    <div className="grid gap-2" data-invalid={messages.length > 0 || undefined}>
      <Label htmlFor={id} className={cn(messages.length && "text-destructive")}>
        {field.label}
        {!field.optional ? (
          <span aria-hidden="true" className="text-destructive">
            *
          </span>
        ) : null}
      </Label>
      <div className="relative">
        <Textarea
          ref={ref}
          id={id}
          value={text}
          readOnly={readOnly}
          spellCheck={false}
          autoCapitalize="none"
          autoComplete="off"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open !== null}
          aria-controls={listId}
          aria-activedescendant={activeId}
          aria-required={!field.optional || undefined}
          aria-invalid={messages.length > 0 || undefined}
          aria-describedby={describedBy}
          className={cn("font-mono text-xs md:text-xs", field.mode === "template" ? "min-h-20" : "min-h-10")}
          onChange={(event) => {
            const next = event.target.value;
            onChange(next === "" ? emptied(field, "") : next);
            refresh(next, event.target.selectionStart);
          }}
          onKeyDown={onKeyDown}
          onClick={(event) => (open ? refresh(text, event.currentTarget.selectionStart) : undefined)}
          onBlur={() => setOpen(null)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={`Suggestions for ${field.label}`}
          hidden={!open}
          className="absolute inset-x-0 top-full z-20 mt-1 max-h-60 overflow-auto rounded-md border bg-popover p-1 text-popover-foreground shadow-md"
        >
          {open?.options.map((option, index) => (
            <li
              key={option.insert}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === open.active}
              className={cn(
                "flex cursor-pointer items-baseline justify-between gap-3 rounded-sm px-2 py-1 text-sm",
                index === open.active && "bg-accent text-accent-foreground",
              )}
              // Keeps the focus (and the caret) in the textarea.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => accept(option)}
            >
              <code className="font-mono text-xs">{option.insert}</code>
              <span className="truncate text-xs text-muted-foreground">{option.detail}</span>
            </li>
          ))}
        </ul>
      </div>
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">
        {field.mode === "template"
          ? "Text with {{ … }} parts. Type {{ for the earlier steps' outputs, input. and vars."
          : "An expression, e.g. nodes.<step>.output. Start typing (or press Ctrl+Space) for names."}
      </p>
      {field.description ? (
        <p id={`${id}-description`} className="text-sm text-muted-foreground">
          {field.description}
        </p>
      ) : null}
      {messages.length ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-destructive">
          {messages.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
