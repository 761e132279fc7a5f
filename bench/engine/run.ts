/**
 * `npm run bench:engine`: what a durable step costs, and how many webhook runs per second the
 * engine answers. Part 1 runs a chain of 1 and of 40 no-op `transform` steps one run at a time
 * with a worker in this process: per-step overhead = (t40 − t1) / 39, and every statement of a
 * few traced runs. Part 2 traces webhook calls alone, then puts the webhook → transform →
 * condition → output flow (answering with its output) under autocannon, 10 connections for
 * 20 s, with the worker in the server process, then 1, then 2 `scripts/worker.ts` processes,
 * all calling one agency's webhook; then again with each connection calling its own agency's.
 * Results go to bench/engine/results/.
 *
 * Flags: --only steps|load (one part), --setups 0,1,3 (which load setups, by index, from SETUPS in webhook-load.ts),
 * --duration N (seconds per load setup).
 */
import "./env";
import os from "node:os";
import { parseArgs } from "node:util";
import { disconnectDb } from "@/server/db/client";
import { closeQueue } from "@/server/workflow/queue";
import { startWorkflowWorker } from "@/server/workflow/worker";
import { describeCode } from "../data/report";
import { LOAD } from "./config";
import { createFixture } from "./fixture";
import {
  describeMachine,
  loadTable,
  setupDescription,
  stepTable,
  targetVerdict,
  writeResults,
  type Results,
} from "./report";
import { measureStepOverhead, type StepOverheadResult } from "./step-overhead";
import { measureStepShapes, type StepShape } from "./step-shapes";
import { measureLoad, SETUPS, type LoadResult } from "./webhook-load";
import { traceWebhook, type WebhookTrace } from "./webhook-trace";

async function main() {
  const { values } = parseArgs({
    options: {
      only: { type: "string" },
      setups: { type: "string" },
      duration: { type: "string" },
    },
  });
  if (values.duration) (LOAD as { durationSeconds: number }).durationSeconds = Number(values.duration);
  const log = console.log;
  const code = describeCode();
  log(
    `Load average before: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(", ")}`,
  );

  const fixture = await createFixture(Math.max(...SETUPS.map((s) => s.agencies)), log);
  const machine = await describeMachine();

  let stepOverhead: StepOverheadResult | null = null;
  let webhookTrace: WebhookTrace | null = null;
  let stepShapes: StepShape[] = [];
  if (values.only !== "load") {
    // graphile-worker logs every job it completes with console.info: one line per run here.
    const info = console.info;
    console.info = () => undefined;
    const worker = await startWorkflowWorker({ workerId: "bench-engine" });
    try {
      stepOverhead = await measureStepOverhead(fixture, log);
      log(`\n${stepTable(stepOverhead)}\n`);
      log(
        `Per step: ${stepOverhead.perStep.fromClientP50Ms} ms (p50), ${stepOverhead.perStep.fromClientP95Ms} ms (p95); ` +
          `${stepOverhead.trace.perStep.statements} statements in ${stepOverhead.trace.perStep.transactions} transactions; ` +
          `CPU ${stepOverhead.perStep.benchCpuMs} ms (worker process) + ${stepOverhead.perStep.postgresCpuMs} ms (PostgreSQL)`,
      );
      log("The same step's writes in other shapes, over pg without Prisma...");
      stepShapes = await measureStepShapes(fixture);
      for (const shape of stepShapes)
        log(
          `  ${shape.name} (${shape.roundTrips} round trips): p50 ${shape.wallMs.p50} ms, p95 ${shape.wallMs.p95} ms, client CPU ${shape.clientCpuMsPerStep} ms`,
        );
      log("Webhook calls alone, traced...");
      webhookTrace = await traceWebhook(fixture);
      log(
        `  answer p50 ${webhookTrace.aloneMs.p50} ms; per run ${JSON.stringify(webhookTrace.perRun.statements)} statements`,
      );
    } finally {
      await worker.stop();
      await closeQueue();
      console.info = info;
    }
  }

  const load: LoadResult[] = [];
  if (values.only !== "steps") {
    const chosen = values.setups ? values.setups.split(",").map((i) => SETUPS[Number(i)]!) : SETUPS;
    for (const setup of chosen) {
      const result = await measureLoad(fixture, setup, log);
      load.push(result);
      log(
        `  ${result.completedRunsPerSecond} runs/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, ` +
          `${result.errors} errors, ${result.non2xx} non-2xx, status ${JSON.stringify(result.statusCodes)}; ` +
          `db ${JSON.stringify(result.db.waits)}`,
      );
    }
    if (load.length) log(`\n${loadTable(load)}\n`);
  }

  const report: Results = {
    ranAt: new Date().toISOString(),
    code,
    machine: { ...machine, loadAverageAfter: os.loadavg().map((x) => Math.round(x * 100) / 100) },
    setup: setupDescription(),
    stepOverhead,
    stepShapes,
    webhookTrace,
    load,
    targets: targetVerdict(stepOverhead, load),
  };
  const label = [
    values.only ? `-${values.only}` : "",
    values.setups ? `-setups-${values.setups.replaceAll(",", "-")}` : "",
    values.duration ? `-${values.duration}s` : "",
  ].join("");
  const file = await writeResults(report, label);
  const { addedMsPerDurableStep: step, webhookRunsPerSecond: hook } = report.targets;
  log(
    `Targets: ≤ ${step.target} ms per durable step: ${step.met === null ? "not measured" : step.met ? "met" : "missed"} (p50 ${step.measuredP50} ms); ` +
      `≥ ${hook.target} webhook runs/s: ${hook.met === null ? "not measured" : hook.met ? "met" : "missed"} (best ${hook.best}).`,
  );
  log(`Results written to ${file}`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await disconnectDb();
    // The webhook's LISTEN connection (server/workflow/listener.ts) stays open for the process's life.
    process.exit();
  });
