import { Skeleton } from "@/components/ui/skeleton";

type Props = { value: number | undefined; singular: string; plural: string };

/** "12 clients"; a skeleton while loading, nothing when the count failed. */
export function OverviewStat({ value, singular, plural }: Props) {
  if (value === undefined) return <Skeleton className="h-7 w-24" />;
  return (
    <p>
      <span className="text-2xl font-semibold tabular-nums">{value}</span>{" "}
      <span className="text-muted-foreground">{value === 1 ? singular : plural}</span>
    </p>
  );
}
