const usd = new Intl.NumberFormat(undefined, { style: "currency", currency: "USD", maximumFractionDigits: 4 });
const integer = new Intl.NumberFormat();
const compact = new Intl.NumberFormat(undefined, { notation: "compact", maximumFractionDigits: 1 });

/**
 * A duration in the largest units that read well: "340 ms", "4.2 s", "12 s", "3 min 5 s",
 * "2 h 5 min", "3 d 4 h". "—" when there is none (a run that has not started).
 */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return "—";
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1_000;
  if (seconds < 10) return `${(Math.floor(seconds * 10) / 10).toFixed(1)} s`;
  if (seconds < 60) return `${Math.floor(seconds)} s`;
  const totalSeconds = Math.floor(seconds);
  const minutes = Math.floor(totalSeconds / 60);
  if (minutes < 60) return joinUnits(minutes, "min", totalSeconds % 60, "s");
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return joinUnits(hours, "h", minutes % 60, "min");
  return joinUnits(Math.floor(hours / 24), "d", hours % 24, "h");
}

const joinUnits = (big: number, bigUnit: string, small: number, smallUnit: string) =>
  small ? `${big} ${bigUnit} ${small} ${smallUnit}` : `${big} ${bigUnit}`;

/**
 * Milliseconds from `start` to `end`; a thing still going (no end) counts up to `now`.
 * Null when it has not started, or has no end and is not going.
 */
export function elapsedMs(
  start: Date | null | undefined,
  end: Date | null | undefined,
  now: number | null = null,
): number | null {
  if (!start) return null;
  const until = end ? end.getTime() : now;
  return until === null ? null : Math.max(0, until - start.getTime());
}

/** A cost in US dollars; a cost too small to show in four decimals is not shown as free. */
export function formatCost(value: number): string {
  if (value > 0 && value < 0.0001) return "< $0.0001";
  return usd.format(value);
}

/** Tokens in and out, in full: "1,204 in / 88 out". */
export const formatTokens = (input: number, output: number): string =>
  `${integer.format(input)} in / ${integer.format(output)} out`;

/** Tokens in and out together, short: "1.3K". */
export const formatTokenTotal = (input: number, output: number): string => compact.format(input + output);
