const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });

/** A calendar date in the reader's locale, e.g. "12 Mar 2026". */
export function formatDate(value: Date | string): string {
  return dateFormat.format(new Date(value));
}

/** A date and time to the second in the reader's locale and time zone. */
export function formatDateTime(value: Date | string): string {
  return dateTimeFormat.format(new Date(value));
}
