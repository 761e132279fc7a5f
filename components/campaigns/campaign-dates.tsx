// lib/format-date formats in the reader's zone, which moves a bare YYYY-MM-DD to the previous day west of UTC.
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" });

function Day({ value }: { value: string }) {
  return <time dateTime={value}>{dayFormat.format(new Date(`${value}T00:00:00Z`))}</time>;
}

/** "12 Mar 2026 – 30 Apr 2026", or "from 12 Mar 2026" when the campaign has no end date. */
export function CampaignDates({ startDate, endDate }: { startDate: string; endDate: string | null }) {
  if (!endDate) {
    return (
      <span>
        From <Day value={startDate} />
      </span>
    );
  }
  return (
    <span>
      <Day value={startDate} /> – <Day value={endDate} />
    </span>
  );
}
