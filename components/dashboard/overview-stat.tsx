import { Skeleton } from "@/components/ui/skeleton";

type Props = { value: number | undefined; more?: boolean; singular: string; plural: string };

/** "12 clients"; a skeleton while loading, nothing when the count failed. */
export function OverviewStat({ value, more = false, singular, plural }: Props) {
  if (value === undefined) return <Skeleton className="h-7 w-24" />;
  return (
    <p>
      <span className="text-2xl font-semibold tabular-nums">
        {value}
        {more ? "+" : ""}
      </span>{" "}
      <span className="text-muted-foreground">{value === 1 && !more ? singular : plural}</span>
    </p>
  );
}
