/**
 * `npm run bench:data`: loads the bench database if needed, then times the campaign list,
 * the analytics query and contact search through tRPC under row-level security, EXPLAINs the
 * SQL they send, and times a 100,000-row CSV import. Results go to bench/data/results/.
 *
 * Flags: --reset (drop and reload the data), --iterations N (default 200), --warmup N
 * (default 20), --skip-import.
 */
import "./env";
import { parseArgs } from "node:util";
import { disconnectDb } from "@/server/db/client";
import { measureCsvImport } from "./csv-import";
import { explainScenarios } from "./explain";
import { ensureBenchData } from "./generate";
import { agencySample, measureScenarios } from "./measure";
import {
  dataDescription,
  describeCode,
  describeMachine,
  explainSummary,
  latencyTable,
  targetVerdict,
  writeResults,
  type Results,
} from "./report";
import { SCENARIOS } from "./scenarios";

const SAMPLE_SIZE = 100;

async function main() {
  const { values } = parseArgs({
    options: {
      reset: { type: "boolean", default: false },
      iterations: { type: "string", default: "200" },
      warmup: { type: "string", default: "20" },
      "skip-import": { type: "boolean", default: false },
    },
  });
  const options = { iterations: Number(values.iterations), warmup: Number(values.warmup), sampleSize: SAMPLE_SIZE };
  const log = console.log;

  const code = describeCode();
  const counts = await ensureBenchData({ reset: values.reset, log });
  const before = await describeMachine();

  log(`\nLatency through tRPC (${options.warmup} warm-up + ${options.iterations} timed calls per row):`);
  const latency = await measureScenarios(SCENARIOS, { ...options, log });

  log("\nEXPLAIN (ANALYZE, BUFFERS) of the SQL those calls send, as switchboard_app with RLS:");
  const explained = await explainScenarios(SCENARIOS, { regular: agencySample("regular", 1)[0] ?? 3, big: 1 });
  log(explainSummary(explained));
  const seqScans = [...new Set(explained.flatMap((q) => q.seqScans.map((t) => `${t} (${q.agencies} ${q.scenario})`)))];
  log(`Sequential scans: ${seqScans.length ? seqScans.join(", ") : "none"}`);

  log(
    `\n100,000-row CSV import (service call, as the import route makes it)${values["skip-import"] ? ": skipped" : ":"}`,
  );
  const csvImport = values["skip-import"] ? null : await measureCsvImport(log);

  const after = await describeMachine();
  const results: Results = {
    ranAt: new Date().toISOString(),
    code,
    machine: { ...before.machine, loadAverageAfter: after.machine.loadAverage },
    data: { counts, ...dataDescription(before.databaseBytes) },
    options,
    latency,
    explain: explained,
    csvImport,
    target: targetVerdict(latency),
  };
  const file = await writeResults(results);

  log(`\n${latencyTable(latency, explained)}\n`);
  const { met, over } = results.target;
  log(`Target (analytics p95 < ${results.target.analyticsP95Ms} ms on regular agencies): ${met ? "met" : "NOT met"}`);
  for (const row of over) log(`  over the target: ${row.agencies} ${row.scenario}, p95 ${row.p95} ms`);
  log(`Results written to ${file}`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
