"use client";

import type { ReactNode } from "react";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { formatDateTime } from "@/lib/format-date";
import type { AuditEventRow } from "./audit-filter-values";

function Field({ term, children, mono }: { term: string; children: ReactNode; mono?: boolean }) {
  return (
    <div className="grid gap-1">
      <dt className="text-xs font-medium text-muted-foreground">{term}</dt>
      <dd className={mono ? "font-mono text-xs break-all" : "text-sm break-words"}>{children ?? "—"}</dd>
    </div>
  );
}

function Json({ title, value }: { title: string; value: unknown }) {
  return (
    <section className="grid gap-1">
      <h3 className="text-xs font-medium text-muted-foreground">{title}</h3>
      {value === null || value === undefined ? (
        <p className="text-sm text-muted-foreground">Nothing recorded.</p>
      ) : (
        <pre className="max-h-72 overflow-auto rounded-md bg-muted p-3 text-xs" tabIndex={0}>
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
    </section>
  );
}

type Props = { event: AuditEventRow | null; onClose: () => void };

export function AuditEventSheet({ event, onClose }: Props) {
  return (
    <Sheet open={event !== null} onOpenChange={(open) => !open && onClose()}>
      <SheetContent className="w-full sm:max-w-xl">
        {event ? (
          <>
            <SheetHeader>
              <SheetTitle>Event #{event.seq}</SheetTitle>
              <SheetDescription>
                <code>{event.action}</code> at {formatDateTime(event.createdAt)}
              </SheetDescription>
            </SheetHeader>
            <div className="grid gap-5 px-4 pb-6">
              <dl className="grid gap-3 sm:grid-cols-2">
                <Field term="Actor">{event.actorLabel}</Field>
                <Field term="Actor ID" mono>
                  {event.actorId}
                </Field>
                <Field term="Target">{event.targetType}</Field>
                <Field term="Target ID" mono>
                  {event.targetId}
                </Field>
                <Field term="IP" mono>
                  {event.ip}
                </Field>
                <Field term="Seq" mono>
                  {event.seq}
                </Field>
                <div className="sm:col-span-2">
                  <Field term="User agent">{event.userAgent}</Field>
                </div>
                <div className="sm:col-span-2">
                  <Field term="Hash" mono>
                    {event.hash}
                  </Field>
                </div>
                <div className="sm:col-span-2">
                  <Field term="Previous hash" mono>
                    {event.prevHash}
                  </Field>
                </div>
              </dl>
              <Json title="Before" value={event.before} />
              <Json title="After" value={event.after} />
            </div>
          </>
        ) : null}
      </SheetContent>
    </Sheet>
  );
}
