import type { ReactNode } from "react";

/**
 * Why a form or action failed, in a red box above it; renders nothing without a message.
 * Announced as an alert unless `announce` is false (for a standing note such as a last error).
 */
export function FormAlert({ children, announce = true }: { children: ReactNode; announce?: boolean }) {
  if (children === null || children === undefined || children === false || children === "") return null;
  return (
    <p
      role={announce ? "alert" : undefined}
      className="rounded-md border border-destructive/40 bg-destructive/10 p-3 text-sm text-destructive"
    >
      {children}
    </p>
  );
}
