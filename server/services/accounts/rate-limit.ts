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
 * Counts one attempt and refuses it when the window's count goes past the limit. Counting
 * before the work is done (not after) is what makes the limit hold under parallel requests.
 * Fixed windows in PostgreSQL, shared by every app process. Times are computed here in UTC,
 * like every other timestamp Prisma writes, so the database's time zone does not matter.
 */
export async function consumeRateLimit(limit: Limit, message: string): Promise<void> {
  const now = new Date();
  const resetAt = new Date(now.getTime() + limit.windowSeconds * 1000);
  const rows = await withDb(
    {},
    (db) =>
      db.$queryRaw<Counter[]>`
      INSERT INTO rate_limits (key, count, reset_at)
      VALUES (${limit.key}, 1, ${resetAt})
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN rate_limits.reset_at <= ${now} THEN 1 ELSE rate_limits.count + 1 END,
        reset_at = CASE WHEN rate_limits.reset_at <= ${now} THEN excluded.reset_at ELSE rate_limits.reset_at END
      RETURNING count, reset_at`,
  );
  const row = rows[0];
  if (!row) throw new Error("rate limit upsert returned no row");
  if (row.count > limit.max) {
    const retryAfterSeconds = Math.max(1, Math.ceil((row.reset_at.getTime() - now.getTime()) / 1000));
    const minutes = Math.ceil(retryAfterSeconds / 60);
    throw new AppError("TOO_MANY_REQUESTS", `${message} Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, {
      retryAfterSeconds,
    });
  }
}

/** Gives back one counted attempt (a sign-in that succeeded should not use up the address's budget). */
export async function releaseRateLimit(key: string): Promise<void> {
  await withDb({}, (db) => db.$executeRaw`UPDATE rate_limits SET count = GREATEST(count - 1, 0) WHERE key = ${key}`);
}

export async function clearRateLimit(key: string): Promise<void> {
  await withDb({}, (db) => db.$executeRaw`DELETE FROM rate_limits WHERE key = ${key}`);
}
