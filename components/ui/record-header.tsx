import type { ReactNode } from "react";

type Props = {
  /** The record's name, the page's heading. */
  title: string;
  /** The line under it: status badge, dates… */
  meta: ReactNode;
  /** Buttons on the right; leave it out for a page that has none there. */
  actions?: ReactNode;
};

/** The heading of a record's page, with its status line and, when given, the actions beside it. */
export function RecordHeader({ title, meta, actions }: Props) {
  const heading = (
    <div className="grid gap-2">
      <h1 className="text-2xl font-semibold tracking-tight break-words">{title}</h1>
      <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">{meta}</p>
    </div>
  );
  if (actions === undefined) return heading;
  return (
    <div className="flex flex-wrap items-start justify-between gap-4">
      {heading}
      {actions}
    </div>
  );
}
