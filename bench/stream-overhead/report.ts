import { writeResultsFile } from "../shared/results-file";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { env } from "@/server/env";
import type { describeCode } from "../data/report";
import { adminUrl, ANSWER_TOKENS, TARGET_ADDED_TTFT_P50_MS, TOKEN_DELAY_MS } from "./config";
import type { CpuUse } from "./cpu";
import type { DbWaits } from "./db-waits";
import type { LevelResult } from "./measure";
import type { StreamTrace } from "./sql-trace";

export type Added = {
  concurrency: number;
  path: string;
  ttftP50Ms: number;
  ttftP95Ms: number;
  totalP50Ms: number;
  totalP95Ms: number;
};

/** A level's latencies with what the machine and the database were doing meanwhile. */
export type LevelReport = LevelResult & {
  cpu: CpuUse;
  /** CPU time of each child process per stream, by path (10 ms resolution, summed over the rounds). */
  childCpuMsPerStream: Record<string, Record<string, number>>;
  dbWaits: Record<string, DbWaits>;
};

export type Results = {
  ranAt: string;
  code: ReturnType<typeof describeCode>;
  machine: Record<string, unknown>;
  setup: Record<string, unknown>;
  levels: LevelReport[];
  /** App minus direct, percentile by percentile (the samples are not paired). */
  added: Added[];
  /** App streams alone (concurrency 1), statement by statement. */
  trace: StreamTrace;
  target: { addedTtftP50Ms: number; metAt: number[]; missedAt: number[] };
};

const round = (ms: number) => Math.round(ms * 100) / 100;

/** Every path but `direct`, minus `direct`, percentile by percentile, per level. */
export function addedByLevel(levels: LevelResult[]): Added[] {
  return levels.flatMap((level) => {
    const d = level.paths.direct;
    if (!d) return [];
    return Object.entries(level.paths)
      .filter(([name]) => name !== "direct")
      .map(([name, a]) => ({
        concurrency: level.concurrency,
        path: name,
        ttftP50Ms: round(a.ttftMs.p50 - d.ttftMs.p50),
        ttftP95Ms: round(a.ttftMs.p95 - d.ttftMs.p95),
        totalP50Ms: round(a.totalMs.p50 - d.totalMs.p50),
        totalP95Ms: round(a.totalMs.p95 - d.totalMs.p95),
      }));
  });
}

/** The target judged on the `app` path (all streams to one agent, as the issue pictures it). */
export function targetVerdict(added: Added[]): Results["target"] {
  const app = added.filter((a) => a.path === "app");
  return {
    addedTtftP50Ms: TARGET_ADDED_TTFT_P50_MS,
    metAt: app.filter((a) => a.ttftP50Ms < TARGET_ADDED_TTFT_P50_MS).map((a) => a.concurrency),
    missedAt: app.filter((a) => a.ttftP50Ms >= TARGET_ADDED_TTFT_P50_MS).map((a) => a.concurrency),
  };
}

/** The machine, PostgreSQL's settings that bear on the numbers, and the app's pool size. */
export async function describeMachine(): Promise<Record<string, unknown>> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<Record<string, string>>(
      `SELECT version() AS version, current_setting('max_connections') AS max_connections,
              current_setting('shared_buffers') AS shared_buffers, current_setting('synchronous_commit') AS synchronous_commit,
              current_setting('fsync') AS fsync`,
    );
    return {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "unknown",
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      loadAverage: os.loadavg().map((x) => round(x)),
      postgres: rows[0] ?? {},
    };
  } finally {
    await client.end();
  }
}

/** The app-stream phases at concurrency 1, as bench/README.md shows them. */
export function phaseTable(trace: StreamTrace): string {
  return [
    "| Phase | p50 ms | p95 ms |",
    "| --- | ---: | ---: |",
    ...Object.entries(trace.phasesMs).map(([name, s]) => `| ${name} | ${s.p50.toFixed(2)} | ${s.p95.toFixed(2)} |`),
  ].join("\n");
}

export const setupDescription = () => ({
  tokenDelayMs: TOKEN_DELAY_MS,
  answerTokens: ANSWER_TOKENS,
  appDatabasePoolSize: env().APP_DATABASE_POOL_SIZE,
  agent: "client_management template: system prompt + 3 tools (clients.search, tasks.create, email.send)",
  modelServer: "test/openai-server.ts in a child Node process",
});

const ms = (n: number | null) => (n === null || Number.isNaN(n) ? "–" : n.toFixed(1));

/** Per-path latency, as bench/README.md shows it. */
export function latencyTable(levels: LevelReport[]): string {
  const rows = levels.flatMap((level) =>
    Object.entries(level.paths).map(
      ([name, r]) =>
        `| ${level.concurrency} | ${name} | ${r.ok}${r.failed ? ` (+${r.failed} failed)` : ""} | ${ms(r.ttftMs.p50)} | ${ms(r.ttftMs.p95)} | ${ms(r.totalMs.p50)} | ${ms(r.totalMs.p95)} | ${ms(r.beforeRequestMs.p50)} | ${ms(r.poolWaitMs.p50)} | ${ms(r.requestToFirstTokenMs.p50)} | ${ms(r.afterLastTokenMs.p50)} | ${ms(r.cpuMsPerStream)} | ${r.eventLoopUtilization.toFixed(2)} | ${level.dbWaits[name]?.busyConnections.toFixed(1) ?? "-"} | ${level.dbWaits[name]?.waitingOnLock.toFixed(1) ?? "-"} |`,
    ),
  );
  return [
    "| Concurrency | Path | Streams | TTFT p50 ms | TTFT p95 ms | Total p50 ms | Total p95 ms | Before model request p50 ms | Pool wait p50 ms | Request → first token p50 ms | Last token → end p50 ms | CPU ms per stream | Event loop busy | DB connections busy | of them waiting on a lock |",
    "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
}

/** What the app adds over the direct call, per level. */
export function addedTable(added: Added[]): string {
  return [
    "| Concurrency | Path | Added TTFT p50 ms | Added TTFT p95 ms | Added total p50 ms | Added total p95 ms |",
    "| ---: | --- | ---: | ---: | ---: | ---: |",
    ...added.map(
      (a) =>
        `| ${a.concurrency} | ${a.path} | ${ms(a.ttftP50Ms)} | ${ms(a.ttftP95Ms)} | ${ms(a.totalP50Ms)} | ${ms(a.totalP95Ms)} |`,
    ),
  ].join("\n");
}

/** Writes `bench/stream-overhead/results/<YYYY-MM-DD><label>.json`, Prettier-formatted; returns its path. */
export function writeResults(results: Results, label: string): Promise<string> {
  return writeResultsFile(
    path.resolve(import.meta.dirname, "results"),
    `${results.ranAt.slice(0, 10)}${label}`,
    results,
  );
}
