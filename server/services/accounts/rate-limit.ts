import { withDb } from "../../db/client";
import { AppError } from "../../errors";

export type Limit = { key: string; max: number; windowSeconds: number };

type Counter = { count: number; reset_at: Date };

/** Sign-in failures allowed before a pause: per account and per IP address. */
export const SIGN_IN_LIMITS = {
  perAccount: { max: 5, windowSeconds: 15 * 60 },
  perIp: { max: 20, windowSeconds: 15 * 60 },
} as const;

/**
 * Fixed-window counters in PostgreSQL, so every app process shares them. `hit` counts one
 * event; `check` refuses when a counter is already at its limit.
 */
export async function hitRateLimit(limit: Limit): Promise<Counter> {
  const rows = await withDb(
    {},
    (db) =>
      db.$queryRaw<Counter[]>`
      INSERT INTO rate_limits (key, count, reset_at)
      VALUES (${limit.key}, 1, now() + make_interval(secs => ${limit.windowSeconds}))
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN rate_limits.reset_at <= now() THEN 1 ELSE rate_limits.count + 1 END,
        reset_at = CASE WHEN rate_limits.reset_at <= now() THEN excluded.reset_at ELSE rate_limits.reset_at END
      RETURNING count, reset_at`,
  );
  const row = rows[0];
  if (!row) throw new Error("rate limit upsert returned no row");
  return row;
}

export async function checkRateLimit(limit: Limit, message: string): Promise<void> {
  const rows = await withDb(
    {},
    (db) =>
      db.$queryRaw<Counter[]>`SELECT count, reset_at FROM rate_limits WHERE key = ${limit.key} AND reset_at > now()`,
  );
  const row = rows[0];
  if (row && row.count >= limit.max) {
    const retryAfterSeconds = Math.max(1, Math.ceil((row.reset_at.getTime() - Date.now()) / 1000));
    const minutes = Math.ceil(retryAfterSeconds / 60);
    throw new AppError("TOO_MANY_REQUESTS", `${message} Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, {
      retryAfterSeconds,
    });
  }
}

export async function clearRateLimit(key: string): Promise<void> {
  await withDb({}, (db) => db.$executeRaw`DELETE FROM rate_limits WHERE key = ${key}`);
}
