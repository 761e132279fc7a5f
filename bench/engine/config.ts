import { withDatabase } from "@/server/db/admin-sql";

/** The bench's own database on DATABASE_URL's server, dropped and migrated afresh each run. */
export const BENCH_DATABASE = "switchboard_bench_engine";

export const adminUrl =
  process.env.BENCH_ENGINE_DATABASE_URL ??
  withDatabase(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres", BENCH_DATABASE);

/** The server's maintenance database: the samplers read cluster-wide views from it, not from the bench database. */
export const maintenanceUrl = withDatabase(adminUrl, "postgres");

/** Sequential `transform` steps (expression "1") in the long and the short chain. */
export const LONG_CHAIN = 40;
export const SHORT_CHAIN = 1;

/** Step overhead: runs of each chain, alternating short and long; warm-up runs are not timed. */
export const STEP_RUNS = { warmup: 5, timed: 30, traced: 5 } as const;

/** Webhook load, as the issue asks: 10 connections for 20 s, after a short warm-up. */
export const LOAD = { connections: 10, durationSeconds: 20, warmupSeconds: 3 } as const;

/** The targets. */
export const TARGETS = { addedMsPerDurableStep: 2, webhookRunsPerSecond: 500 } as const;
