"use client";

import * as React from "react";
import { Slot } from "radix-ui";

import { cn } from "@/lib/utils";
import { Label } from "@/components/ui/label";

type FormFieldProps = Omit<React.ComponentProps<"div">, "children"> & {
  label: React.ReactNode;
  /** Exactly one control element (Input, Textarea, NativeSelect, …). Do not give it an `id`; use this prop. */
  children: React.ReactElement;
  /** id for the control; generated when omitted. */
  id?: string;
  description?: React.ReactNode;
  /** Error text; when set the control gets aria-invalid and the message is announced. */
  error?: React.ReactNode;
  /** Shows a required marker and sets aria-required (add `required` on the control for native validation). */
  required?: boolean;
};

/**
 * Labelled form control for plain forms. Wires label htmlFor, aria-describedby
 * (description + error) and aria-invalid onto its single child via Slot.
 */
function FormField({ label, children, id, description, error, required, className, ...props }: FormFieldProps) {
  const generatedId = React.useId();
  const controlId = id ?? `field-${generatedId}`;
  const descriptionId = `${controlId}-description`;
  const errorId = `${controlId}-error`;
  const hasError = error !== undefined && error !== null && error !== false && error !== "";
  const describedBy = [description ? descriptionId : null, hasError ? errorId : null].filter(Boolean).join(" ");

  return (
    <div
      data-slot="form-field"
      data-invalid={hasError || undefined}
      className={cn("group/field grid gap-2", className)}
      {...props}
    >
      <Label htmlFor={controlId} className="group-data-[invalid=true]/field:text-destructive">
        {label}
        {required ? (
          <span aria-hidden="true" className="text-destructive">
            *
          </span>
        ) : null}
      </Label>
      <Slot.Root
        id={controlId}
        aria-describedby={describedBy || undefined}
        aria-invalid={hasError || undefined}
        aria-required={required || undefined}
      >
        {children}
      </Slot.Root>
      {description ? (
        <p id={descriptionId} data-slot="form-description" className="text-sm text-muted-foreground">
          {description}
        </p>
      ) : null}
      {hasError ? (
        <p id={errorId} data-slot="form-message" role="alert" className="text-sm font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export { FormField, type FormFieldProps };
