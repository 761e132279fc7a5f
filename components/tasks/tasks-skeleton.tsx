import { Skeleton } from "@/components/ui/skeleton";

export function TasksSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <div className="grid gap-2" role="status" aria-label="Loading tasks">
      <Skeleton className="h-10 w-full" />
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} className="h-12 w-full" />
      ))}
    </div>
  );
}
