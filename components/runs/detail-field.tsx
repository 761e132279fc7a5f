import type { ReactNode } from "react";

/** One term and its value in a `<dl>` of a run's or a step's facts; "—" when there is none. */
export function DetailField({ term, children, mono }: { term: string; children: ReactNode; mono?: boolean }) {
  return (
    <div className="grid min-w-0 gap-1">
      <dt className="text-xs font-medium text-muted-foreground">{term}</dt>
      <dd className={mono ? "font-mono text-xs break-all" : "text-sm break-words"}>{children ?? "—"}</dd>
    </div>
  );
}
