import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { format, resolveConfig } from "prettier";
import { adminUrl, AGENCY_SHAPES, ANCHOR_DAY } from "./config";
import type { ImportResult } from "./csv-import";
import type { ExplainedQuery } from "./explain";
import type { ScenarioResult } from "./measure";

export const TARGET_P95_MS = 50;

export type Results = {
  ranAt: string;
  /** The code measured: HEAD plus any uncommitted change to what the procedures run. */
  code: { commit: string; uncommitted: string[] };
  machine: Record<string, unknown>;
  data: Record<string, unknown>;
  options: { iterations: number; warmup: number; sampleSize: number };
  latency: ScenarioResult[];
  explain: ExplainedQuery[];
  csvImport: ImportResult | null;
  target: { analyticsP95Ms: number; met: boolean; over: { scenario: string; agencies: string; p95: number }[] };
};

/** HEAD and the uncommitted files under server/, lib/ and prisma/ (the code the numbers belong to). */
export function describeCode(): Results["code"] {
  const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8" }).trim();
  try {
    const status = git("status", "--porcelain", "--", "server", "lib", "prisma");
    return { commit: git("rev-parse", "HEAD"), uncommitted: status ? status.split("\n").map((l) => l.trim()) : [] };
  } catch {
    return { commit: "unknown (not a git checkout)", uncommitted: [] };
  }
}

/** The machine and the server settings that bear on the numbers. */
export async function describeMachine(): Promise<{ machine: Results["machine"]; databaseBytes: number }> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<Record<string, string>>(
      `SELECT version() AS version, current_setting('shared_buffers') AS shared_buffers,
              current_setting('work_mem') AS work_mem, current_setting('jit') AS jit,
              current_setting('max_parallel_workers_per_gather') AS max_parallel_workers_per_gather,
              pg_database_size(current_database())::text AS bytes`,
    );
    const { bytes, ...settings } = rows[0] ?? {};
    return {
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? "unknown",
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
        postgres: settings,
      },
      databaseBytes: Number(bytes),
    };
  } finally {
    await client.end();
  }
}

/**
 * The target: analytics p95 under 50 ms. Judged on the regular agencies (the data set's
 * "size": about 1,000 metric rows each); every analytics row over it, big agencies included, is listed.
 */
export function targetVerdict(latency: ScenarioResult[]): Results["target"] {
  const analytics = latency.filter((r) => r.target);
  const over = analytics.filter((r) => r.latencyMs.p95 >= TARGET_P95_MS);
  return {
    analyticsP95Ms: TARGET_P95_MS,
    met: !over.some((r) => r.agencies === "regular"),
    over: over.map((r) => ({ scenario: r.scenario, agencies: r.agencies, p95: r.latencyMs.p95 })),
  };
}

export const dataDescription = (databaseBytes: number) => ({
  anchorDay: ANCHOR_DAY,
  shapes: AGENCY_SHAPES,
  databaseMiB: Math.round(databaseBytes / 2 ** 20),
});

/** Writes `bench/data/results/<YYYY-MM-DD>.json`, formatted as the repo's Prettier would, and returns its path. */
export async function writeResults(results: Results): Promise<string> {
  const dir = path.resolve("bench/data/results");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${results.ranAt.slice(0, 10)}.json`);
  const options = (await resolveConfig(file)) ?? {};
  await writeFile(file, await format(JSON.stringify(results), { ...options, filepath: file }), "utf8");
  return file;
}

/** SQL statements one call sends and their summed EXPLAIN ANALYZE execution time (first explained call). */
function databaseShare(explained: ExplainedQuery[], r: ScenarioResult) {
  const first = explained.filter((q) => q.scenario === r.scenario && q.agencies === r.agencies && q.iteration === 0);
  return { statements: first.length, executionMs: first.reduce((sum, q) => sum + q.executionMs, 0) };
}

/** The latency table as Markdown, as bench/README.md shows it. */
export function latencyTable(latency: ScenarioResult[], explained: ExplainedQuery[]): string {
  const rows = latency.map((r) => {
    const db = databaseShare(explained, r);
    const ms = r.latencyMs;
    return `| ${r.agencies} | ${r.scenario} | ${ms.p50.toFixed(1)} | ${ms.p95.toFixed(1)} | ${ms.p99.toFixed(1)} | ${ms.max.toFixed(1)} | ${db.statements} | ${db.executionMs.toFixed(1)} |`;
  });
  return [
    "| Agencies | Procedure | p50 ms | p95 ms | p99 ms | max ms | SQL statements | SQL execution ms |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
}

/** Each EXPLAINed statement in one line: where it came from, its scans and its execution time. */
export function explainSummary(explained: ExplainedQuery[]): string {
  return explained
    .map(
      (q) =>
        `- ${q.agencies} / ${q.scenario} #${q.iteration} [${q.organizationId || "membership lookup"}]: ${q.executionMs.toFixed(2)} ms; ${q.scans.join("; ")}`,
    )
    .join("\n");
}
