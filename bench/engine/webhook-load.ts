import autocannon, { type Result } from "autocannon";
import pg from "pg";
import { cpuSince, cpuSnapshot, type CpuUse } from "../stream-overhead/cpu";
import { adminUrl, LOAD } from "./config";
import { startDbSampler, type DbActivity, type DbCounters } from "./db-sampler";
import type { Fixture } from "./fixture";
import { WEBHOOK_BODY, WEBHOOK_OUTPUT } from "./graphs";
import { startHookServer, startWorkerProcess, type Child } from "./processes";

/**
 * Where the workflow workers run while the webhook route is under load, and how many agencies
 * the connections call: one (every run in one agency, as the issue pictures it), or one per
 * connection (each connection calls its own agency's webhook).
 */
export type LoadSetup = { name: string; workerInServer: boolean; workerProcesses: number; agencies: number };

export const SETUPS: LoadSetup[] = [
  { name: "worker in the server process", workerInServer: true, workerProcesses: 0, agencies: 1 },
  { name: "1 worker process", workerInServer: false, workerProcesses: 1, agencies: 1 },
  { name: "2 worker processes", workerInServer: false, workerProcesses: 2, agencies: 1 },
  {
    name: "worker in the server process, 10 agencies",
    workerInServer: true,
    workerProcesses: 0,
    agencies: LOAD.connections,
  },
  { name: "2 worker processes, 10 agencies", workerInServer: false, workerProcesses: 2, agencies: LOAD.connections },
];

type Percentiles = { p50: number; p95: number; p99: number };

/** The runs the load started, from their rows (ms, the database's clock). */
export type RunRows = {
  created: number;
  byStatus: Record<string, number>;
  /** createdAt → startedAt: commit, enqueue, the queue's pick-up, up to the claim. */
  queueMs: Percentiles;
  /** startedAt → finishedAt: the four steps. */
  executeMs: Percentiles;
  totalMs: Percentiles;
};

export type LoadResult = {
  setup: LoadSetup;
  connections: number;
  /** Whether the run tables were analyzed after the warm-up (see analyzeRunTables). */
  analyzedAfterWarmup: boolean;
  durationSeconds: number;
  requests: { total: number; perSecond: number; perSecondP50: number };
  /** 200 with the expected output: a run done end to end. */
  completedRunsPerSecond: number;
  latencyMs: { p50: number; p90: number; p97_5: number; p99: number; max: number; mean: number };
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  runs: RunRows;
  db: DbActivity;
  /** Per completed run: the bench database's commits, and the server's WAL flushes and records (cluster-wide). */
  perRun: { transactions: number; walSyncs: number; walRecords: number };
  counters: DbCounters;
  /** Cores used during the measured window, by process; `childCpuMsPerRun` is CPU per completed run. */
  cpu: CpuUse;
  cpuMsPerRun: Record<string, number>;
};

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

async function runRows(from: Date, to: Date): Promise<RunRows> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const status = await client.query<{ status: string; n: number }>(
      `SELECT status::text, count(*)::int AS n FROM workflow_runs
        WHERE trigger = 'webhook' AND created_at >= $1 AND created_at < $2 GROUP BY 1`,
      [from.toISOString(), to.toISOString()],
    );
    const { rows } = await client.query<Record<string, number>>(
      `WITH r AS (
         SELECT extract(epoch FROM started_at - created_at) * 1000 AS queue,
                extract(epoch FROM finished_at - started_at) * 1000 AS execute,
                extract(epoch FROM finished_at - created_at) * 1000 AS total
           FROM workflow_runs
          WHERE trigger = 'webhook' AND status = 'succeeded' AND created_at >= $1 AND created_at < $2)
       SELECT ${["queue", "execute", "total"]
         .flatMap((c) =>
           [50, 95, 99].map((p) => `percentile_disc(${p / 100}) WITHIN GROUP (ORDER BY ${c}) AS ${c}_p${p}`),
         )
         .join(", ")}
         FROM r`,
      [from.toISOString(), to.toISOString()],
    );
    const row = rows[0] ?? {};
    const pct = (c: string): Percentiles => ({
      p50: round(Number(row[`${c}_p50`])),
      p95: round(Number(row[`${c}_p95`])),
      p99: round(Number(row[`${c}_p99`])),
    });
    return {
      created: status.rows.reduce((sum, r) => sum + r.n, 0),
      byStatus: Object.fromEntries(status.rows.map((r) => [r.status, r.n])),
      queueMs: pct("queue"),
      executeMs: pct("execute"),
      totalMs: pct("total"),
    };
  } finally {
    await client.end();
  }
}

/** Waits until no webhook run is queued or running (the last requests' runs), up to 15 s. */
async function drain(): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM workflow_runs WHERE status IN ('queued', 'running')`,
      );
      if (!rows[0]?.n) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await client.end();
  }
}

/**
 * ANALYZE of the run tables after the warm-up, as autovacuum does within a minute on a running
 * system. The bench's database is new: without statistics, the plans the server's pooled
 * connections cache for foreign-key checks (`workflow_steps` and `workflow_events` → `workflow_runs`)
 * can pick an index that scans every run of the agency, and they keep those plans until
 * statistics change. `BENCH_ENGINE_COLD=1` leaves them (a database minutes old under full load).
 */
async function analyzeRunTables(): Promise<boolean> {
  if (process.env.BENCH_ENGINE_COLD === "1") return false;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query("ANALYZE workflow_runs, workflow_steps, workflow_events");
  } finally {
    await client.end();
  }
  return true;
}

/** Connection i calls `urls[i % urls.length]`. */
function fire(urls: string[], seconds: number): Promise<Result> {
  return autocannon({
    url: urls,
    connections: LOAD.connections,
    duration: seconds,
    // with_output waits up to 30 s for the run; autocannon's default gives up after 10.
    timeout: 40,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(WEBHOOK_BODY),
    verifyBody: (body) => {
      try {
        return (JSON.parse(body) as { output?: unknown }).output === WEBHOOK_OUTPUT;
      } catch {
        return false;
      }
    },
  });
}

/**
 * One setup: the route's server (and its worker, or worker processes) started afresh; a warm-up
 * burst; then `LOAD.connections` connections for `LOAD.durationSeconds` s, while pg_stat_activity
 * is sampled and CPU is counted per process; then the rows of the runs the window created.
 */
export async function measureLoad(
  fixture: Fixture,
  setup: LoadSetup,
  log: (message: string) => void,
): Promise<LoadResult> {
  const children: Child[] = [];
  try {
    const server = await startHookServer(setup.workerInServer);
    children.push(server);
    for (let no = 1; no <= setup.workerProcesses; no += 1) children.push(await startWorkerProcess(no));
    const urls = fixture.webhooks.slice(0, setup.agencies).map((hook) => `${server.url}${hook.path}`);
    const pids = Object.fromEntries(children.map((c) => [c.name, c.pid]));

    log(`Webhook load, ${setup.name}: ${LOAD.warmupSeconds} s warm-up, then ${LOAD.durationSeconds} s...`);
    await fire(urls, LOAD.warmupSeconds);
    await drain();
    const analyzed = await analyzeRunTables();

    const sampler = await startDbSampler();
    const cpuAtStart = cpuSnapshot(pids);
    const from = new Date();
    const result = await fire(urls, LOAD.durationSeconds);
    const to = new Date();
    const cpu = cpuSince(cpuAtStart, pids);
    const { activity, counters } = await sampler.stop();
    await drain();
    const runs = await runRows(from, to);

    const statusCodes = Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, Number(s.count)]),
    );
    const completed = (statusCodes["200"] ?? 0) - result.mismatches;
    const seconds = result.duration;
    const perRun = (n: number) => round(n / Math.max(1, completed), 1);
    const cpuMsPerRun = Object.fromEntries(
      [
        ["bench (autocannon)", cpu.benchProcessCores],
        ...Object.entries(cpu.childCores),
        ["postgres", cpu.postgresCores],
        ["machine", cpu.machineCores],
      ].map(([name, cores]) => [name, round(((cores as number) * seconds * 1000) / Math.max(1, completed), 2)]),
    );
    return {
      setup,
      connections: LOAD.connections,
      analyzedAfterWarmup: analyzed,
      durationSeconds: round(seconds, 1),
      requests: {
        total: result.requests.total,
        perSecond: round(result.requests.average, 1),
        perSecondP50: result.requests.p50,
      },
      completedRunsPerSecond: round(completed / seconds, 1),
      latencyMs: {
        p50: result.latency.p50,
        p90: result.latency.p90,
        p97_5: result.latency.p97_5,
        p99: result.latency.p99,
        max: result.latency.max,
        mean: round(result.latency.average),
      },
      statusCodes,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      mismatches: result.mismatches,
      runs,
      db: activity,
      perRun: {
        transactions: perRun(counters.commits + counters.rollbacks),
        walSyncs: perRun(counters.walSyncs),
        walRecords: perRun(counters.walRecords),
      },
      counters,
      cpu,
      cpuMsPerRun,
    };
  } finally {
    for (const child of children.reverse()) await child.stop();
  }
}
