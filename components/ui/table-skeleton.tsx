import { Skeleton } from "@/components/ui/skeleton";

type Props = {
  /** What is loading, for screen readers, e.g. "Loading members". */
  label: string;
  rows?: number;
};

/** A table's header and rows while its query loads. */
export function TableSkeleton({ label, rows = 5 }: Props) {
  return (
    <div className="grid gap-2" role="status" aria-label={label}>
      <Skeleton className="h-10 w-full" />
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} className="h-12 w-full" />
      ))}
    </div>
  );
}
