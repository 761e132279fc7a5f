import { Skeleton } from "@/components/ui/skeleton";

export function AssetsGridSkeleton({ cards = 8 }: { cards?: number }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4" role="status" aria-label="Loading assets">
      {Array.from({ length: cards }, (_, index) => (
        <Skeleton key={index} className="aspect-[4/3] w-full rounded-xl" />
      ))}
    </div>
  );
}
