import { Archive } from "lucide-react";
import { formatDate } from "@/lib/format-date";

export function ClientArchivedBanner({ archivedAt }: { archivedAt: Date }) {
  return (
    <div className="flex items-start gap-3 rounded-lg border border-warning/40 bg-warning/10 p-4 text-sm">
      <Archive aria-hidden className="mt-0.5 size-4 shrink-0" />
      <p>
        <strong className="font-semibold">This client is archived</strong> (since{" "}
        <time dateTime={archivedAt.toISOString()}>{formatDate(archivedAt)}</time>). It is hidden from the client list
        unless you show archived clients. Restore it to make it active again.
      </p>
    </div>
  );
}
