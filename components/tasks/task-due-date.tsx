// formatDate works in the reader's zone, which moves a bare YYYY-MM-DD to the previous day west of UTC.
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" });

/** A due day ("12 Mar 2026"), or a dash when the task has none. */
export function TaskDueDate({ value }: { value: string | null }) {
  if (!value) return <span className="text-muted-foreground">—</span>;
  return <time dateTime={value}>{dayFormat.format(new Date(`${value}T00:00:00Z`))}</time>;
}
