import pg from "pg";
import { BENCH_DATABASE, adminUrl } from "./config";
import type { BatchObserver } from "./measure";

/** What the bench database's connections were doing, averaged over samples taken while a path ran. */
export type DbWaits = {
  samples: number;
  /** Connections in a transaction or running a statement. */
  busyConnections: number;
  /** Of those, waiting for a lock (by lock type: transactionid = a row another transaction is updating). */
  waitingOnLock: number;
  lockTypes: Record<string, number>;
};

type Row = { state: string | null; wait_event_type: string | null; wait_event: string | null; n: number };

/**
 * Polls pg_stat_activity for the bench database every `everyMs` while a timed batch runs, and
 * averages per path: how many of the app's connections were busy and how many were blocked on
 * a lock. A separate admin connection, so it never takes one of the app's pool.
 */
export async function startDbWaitSampler(everyMs = 20): Promise<{
  observer: BatchObserver;
  take: () => Record<string, DbWaits>;
  stop: () => Promise<void>;
}> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const totals = new Map<string, { samples: number; busy: number; locked: number; types: Map<string, number> }>();
  let path: string | null = null;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const current = path;
      if (current) {
        const { rows } = await client.query<Row>(
          `SELECT state, wait_event_type, wait_event, count(*)::int AS n FROM pg_stat_activity
           WHERE datname = $1 AND usename = 'switchboard_app' AND state IN ('active', 'idle in transaction')
           GROUP BY 1, 2, 3`,
          [BENCH_DATABASE],
        );
        const total = totals.get(current) ?? { samples: 0, busy: 0, locked: 0, types: new Map<string, number>() };
        total.samples += 1;
        for (const row of rows) {
          total.busy += row.n;
          if (row.wait_event_type === "Lock") {
            total.locked += row.n;
            const type = row.wait_event ?? "unknown";
            total.types.set(type, (total.types.get(type) ?? 0) + row.n);
          }
        }
        totals.set(current, total);
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    observer: {
      started: (name) => {
        path = name;
      },
      ended: () => {
        path = null;
      },
    },
    take: () => {
      const result = Object.fromEntries(
        [...totals].map(([name, t]) => [
          name,
          {
            samples: t.samples,
            busyConnections: round(t.busy / Math.max(1, t.samples)),
            waitingOnLock: round(t.locked / Math.max(1, t.samples)),
            lockTypes: Object.fromEntries([...t.types].map(([type, n]) => [type, round(n / Math.max(1, t.samples))])),
          },
        ]),
      );
      totals.clear();
      return result;
    },
    stop: async () => {
      stopped = true;
      await loop;
      await client.end();
    },
  };
}
