import { writeResultsFile } from "../shared/results-file";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { env } from "@/server/env";
import type { describeCode } from "../data/report";
import { adminUrl, LOAD, TARGETS } from "./config";
import type { StepOverheadResult } from "./step-overhead";
import type { StepShape } from "./step-shapes";
import type { LoadResult } from "./webhook-load";
import type { WebhookTrace } from "./webhook-trace";

export type Results = {
  ranAt: string;
  code: ReturnType<typeof describeCode>;
  machine: Record<string, unknown>;
  setup: Record<string, unknown>;
  stepOverhead: StepOverheadResult | null;
  /** One step's writes in other shapes over pg, no Prisma (a comparison, not the engine). */
  stepShapes: StepShape[];
  webhookTrace: WebhookTrace | null;
  load: LoadResult[];
  targets: {
    addedMsPerDurableStep: {
      target: number;
      measuredP50: number | null;
      measuredP95: number | null;
      met: boolean | null;
    };
    webhookRunsPerSecond: { target: number; best: number | null; met: boolean | null };
  };
};

const round = (n: number) => Math.round(n * 100) / 100;

/** The machine, its load, and PostgreSQL's settings that bear on durable commits. */
export async function describeMachine(): Promise<Record<string, unknown>> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<Record<string, string>>(
      `SELECT version() AS version, current_setting('max_connections') AS max_connections,
              current_setting('shared_buffers') AS shared_buffers, current_setting('synchronous_commit') AS synchronous_commit,
              current_setting('fsync') AS fsync, current_setting('wal_sync_method') AS wal_sync_method,
              current_setting('commit_delay') AS commit_delay,
              (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')::text AS connections_now`,
    );
    return {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "unknown",
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      loadAverage: os.loadavg().map(round),
      postgres: rows[0] ?? {},
    };
  } finally {
    await client.end();
  }
}

export const setupDescription = () => ({
  appDatabasePoolSize: env().APP_DATABASE_POOL_SIZE,
  workerConcurrency: env().WORKFLOW_WORKER_CONCURRENCY,
  concurrencyPerAgency: env().WORKFLOW_CONCURRENCY_PER_AGENCY,
  leaseSeconds: env().WORKFLOW_LEASE_SECONDS,
  load: LOAD,
  webhookServer:
    "bench/engine/hook-server.ts: node:http in a child process calling the route handler's POST (no Next.js)",
});

export function targetVerdict(step: StepOverheadResult | null, load: LoadResult[]): Results["targets"] {
  const p50 = step?.perStep.fromClientP50Ms ?? null;
  const p95 = step?.perStep.fromClientP95Ms ?? null;
  const best = load.length ? Math.max(...load.map((l) => l.completedRunsPerSecond)) : null;
  return {
    addedMsPerDurableStep: {
      target: TARGETS.addedMsPerDurableStep,
      measuredP50: p50,
      measuredP95: p95,
      met: p50 === null ? null : p50 <= TARGETS.addedMsPerDurableStep,
    },
    webhookRunsPerSecond: {
      target: TARGETS.webhookRunsPerSecond,
      best,
      met: best === null ? null : best >= TARGETS.webhookRunsPerSecond,
    },
  };
}

const ms = (n: number) => n.toFixed(2);

export function stepTable(r: StepOverheadResult): string {
  const row = (name: string, s: { p50: number; p95: number; p99: number }) =>
    `| ${name} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} |`;
  return [
    "| Measure | p50 ms | p95 ms | p99 ms |",
    "| --- | ---: | ---: | ---: |",
    row(`${r.chains.short}-step run, client`, r.short.clientMs),
    row(`${r.chains.long}-step run, client`, r.long.clientMs),
    row(`${r.chains.short}-step run, created → finished`, r.short.dbMs),
    row(`${r.chains.long}-step run, created → finished`, r.long.dbMs),
    row("queue: created → started", r.long.queueMs),
    row("per step, paired runs", r.perStep.pairedMs),
    row("per step, start to start in the run", r.perStep.fromStepRowsMs),
    row("traced step: commit to commit", r.trace.phases.commitToCommit),
    row("traced step: in its transactions", r.trace.phases.inTransactions),
    row("traced step: outside them", r.trace.phases.outsideTransactions),
  ].join("\n");
}

export function loadTable(load: LoadResult[]): string {
  return [
    "| Workers | req/s | runs/s | p50 ms | p99 ms | errors | non-2xx | 202 | queue p50 ms | execute p50 ms | xacts/run | WAL syncs/run | cores: server | workers | postgres | machine |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...load.map((l) => {
      const workers = Object.entries(l.cpu.childCores)
        .filter(([name]) => name.startsWith("worker"))
        .reduce((sum, [, c]) => sum + c, 0);
      return `| ${l.setup.name} | ${l.requests.perSecond} | ${l.completedRunsPerSecond} | ${l.latencyMs.p50} | ${l.latencyMs.p99} | ${l.errors} | ${l.non2xx} | ${l.statusCodes["202"] ?? 0} | ${l.runs.queueMs.p50} | ${l.runs.executeMs.p50} | ${l.perRun.transactions} | ${l.perRun.walSyncs} | ${l.cpu.childCores.hookServer ?? "-"} | ${round(workers)} | ${l.cpu.postgresCores} | ${l.cpu.machineCores} |`;
    }),
  ].join("\n");
}

/** Writes `bench/engine/results/<YYYY-MM-DD><label>.json`, Prettier-formatted; returns its path. */
export function writeResults(results: Results, label: string): Promise<string> {
  return writeResultsFile(
    path.resolve(import.meta.dirname, "results"),
    `${results.ranAt.slice(0, 10)}${label}`,
    results,
  );
}
