"use client";

import { useId, type ReactNode } from "react";
import { cn } from "@/lib/utils";

type Props = {
  legend: ReactNode;
  /** Shows the required marker beside the legend. */
  required?: boolean;
  description?: ReactNode;
  /** Error text about the group as a whole; announced and tied to the fieldset. */
  error?: string;
  className?: string;
  children: ReactNode;
};

/** A labelled group of controls (checkboxes, rows of inputs) with one error, like FormField for a single control. */
export function FormFieldset({ legend, required, description, error, className, children }: Props) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(" ");
  return (
    <fieldset
      data-invalid={error ? true : undefined}
      aria-describedby={describedBy || undefined}
      className={cn("group/field grid gap-2", className)}
    >
      <legend className="mb-2 flex items-center gap-2 text-sm leading-none font-medium group-data-[invalid=true]/field:text-destructive">
        {legend}
        {required ? (
          <span aria-hidden="true" className="text-destructive">
            *
          </span>
        ) : null}
      </legend>
      {description ? (
        <p id={descriptionId} className="text-sm text-muted-foreground">
          {description}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={errorId} role="alert" className="text-sm font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
