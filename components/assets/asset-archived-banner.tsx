import { Archive } from "lucide-react";
import { formatDate } from "@/lib/format-date";

export function AssetArchivedBanner({ archivedAt, canRestore }: { archivedAt: Date; canRestore: boolean }) {
  return (
    <div className="flex items-start gap-3 rounded-lg border border-warning/40 bg-warning/10 p-4 text-sm">
      <Archive aria-hidden className="mt-0.5 size-4 shrink-0" />
      <p>
        <strong className="font-semibold">This asset is archived</strong> (since{" "}
        <time dateTime={archivedAt.toISOString()}>{formatDate(archivedAt)}</time>). It cannot be reviewed, commented on
        or given a new version.{" "}
        {canRestore
          ? "To work on it again, choose Show archived on the asset list, select it and restore it."
          : "Ask a manager to restore it if you need to work on it again."}
      </p>
    </div>
  );
}
