import pg from "pg";
import { BENCH_DATABASE, maintenanceUrl } from "./config";

/**
 * What the bench database's connections were doing, on average over the samples: busy ones (in
 * a transaction or running a statement), by role, and what those were waiting on. A busy
 * connection with no wait event is running in PostgreSQL; `Client: ClientRead` is a connection
 * in a transaction waiting for the app's next statement; `Lock: object` is the lock a notifying
 * transaction takes at commit; `IO: WALSync` is the commit's WAL flush. A lock wait is named with
 * the start of the statement that waits.
 */
export type DbActivity = {
  samples: number;
  busyByRole: Record<string, number>;
  waits: Record<string, number>;
  maxConnections: number;
};

/** Counters of the bench database and the server's WAL between two moments. */
export type DbCounters = {
  commits: number;
  rollbacks: number;
  /** Cluster-wide (other databases included): WAL flushes to disk and records written. */
  walSyncs: number;
  walRecords: number;
};

type ActivityRow = { usename: string | null; wait: string | null; n: number; total: number };

async function counters(client: pg.Client): Promise<DbCounters> {
  const { rows } = await client.query<Record<keyof DbCounters, string>>(
    `SELECT d.xact_commit AS commits, d.xact_rollback AS rollbacks, w.wal_sync AS "walSyncs", w.wal_records AS "walRecords"
       FROM pg_stat_database d, pg_stat_wal w WHERE d.datname = $1`,
    [BENCH_DATABASE],
  );
  const row = rows[0];
  if (!row) throw new Error(`no statistics for ${BENCH_DATABASE}`);
  return {
    commits: Number(row.commits),
    rollbacks: Number(row.rollbacks),
    walSyncs: Number(row.walSyncs),
    walRecords: Number(row.walRecords),
  };
}

/**
 * Samples pg_stat_activity every `everyMs` until `stop`, from the server's maintenance database
 * (so the sampler's own queries are not counted as the bench database's transactions).
 */
export async function startDbSampler(everyMs = 25) {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  const before = await counters(client);
  const busy = new Map<string, number>();
  const waits = new Map<string, number>();
  let samples = 0;
  let maxConnections = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const { rows } = await client.query<ActivityRow>(
        `SELECT usename,
                CASE WHEN wait_event_type IS NULL THEN 'running'
                     WHEN wait_event_type = 'Lock' THEN 'Lock: ' || wait_event || ' (' || left(regexp_replace(query, '\\s+', ' ', 'g'), 60) || ')'
                     ELSE wait_event_type || ': ' || wait_event END AS wait,
                count(*) FILTER (WHERE state IN ('active', 'idle in transaction'))::int AS n, count(*)::int AS total
           FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend' AND pid <> pg_backend_pid()
          GROUP BY 1, 2`,
        [BENCH_DATABASE],
      );
      samples += 1;
      maxConnections = Math.max(
        maxConnections,
        rows.reduce((sum, r) => sum + r.total, 0),
      );
      for (const row of rows) {
        if (!row.n) continue;
        const role = row.usename ?? "unknown";
        busy.set(role, (busy.get(role) ?? 0) + row.n);
        const wait = row.wait ?? "running";
        waits.set(wait, (waits.get(wait) ?? 0) + row.n);
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  const average = (map: Map<string, number>) =>
    Object.fromEntries(
      [...map].sort((a, b) => b[1] - a[1]).map(([key, n]) => [key, Math.round((n / Math.max(1, samples)) * 100) / 100]),
    );
  return {
    async stop(): Promise<{ activity: DbActivity; counters: DbCounters }> {
      stopped = true;
      await loop;
      // Backends report their counters at most about once a second when they go idle.
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      const after = await counters(client);
      await client.end();
      return {
        activity: { samples, busyByRole: average(busy), waits: average(waits), maxConnections },
        counters: {
          commits: after.commits - before.commits,
          rollbacks: after.rollbacks - before.rollbacks,
          walSyncs: after.walSyncs - before.walSyncs,
          walRecords: after.walRecords - before.walRecords,
        },
      };
    },
  };
}
