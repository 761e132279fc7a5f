import { formatDateTime } from "@/lib/format-date";

/** A moment as a `<time>` in the reader's locale, or "—" when there is none. */
export function DateTime({ value }: { value: Date | null | undefined }) {
  if (!value) return "—";
  return <time dateTime={value.toISOString()}>{formatDateTime(value)}</time>;
}
