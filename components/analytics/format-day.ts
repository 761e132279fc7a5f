const formatters = new Map<string, Intl.DateTimeFormat>();

/** A "YYYY-MM-DD" calendar day as a short month and day ("Mar 5" in en-US), read in UTC so it never shifts. */
export function formatDay(day: string, locale: string): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" });
    formatters.set(locale, formatter);
  }
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : formatter.format(date);
}
