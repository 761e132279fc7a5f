/**
 * `npm run bench:stream`: time-to-first-token and total time of a streamed chat answer through
 * the app's chat path (in-process) versus straight at the same local model server, at
 * concurrency 1, 16 and 64. Three paths: `direct` (streamText at the server), `app` (every
 * stream of a round chats with the same agent of one agency) and `app-spread` (each stream of a
 * round in its own agency). Then 50 app streams alone, traced statement by statement.
 * Results go to bench/stream-overhead/results/.
 *
 * Flags: --levels 1,16,64 (which concurrency levels), --rounds N (timed rounds for every level,
 * overriding 200 at c=1 and 20 above), --http (also `http`: the same agent as `app` through the
 * real route over HTTP, served by scripts/serve.ts from the existing .next-e2e build; never
 * builds), --paths direct,app (measure only these). The app's pool size is APP_DATABASE_POOL_SIZE
 * (default 10).
 */
import "./env";
import { parseArgs } from "node:util";
import { disconnectDb } from "@/server/db/client";
import { env } from "@/server/env";
import { describeCode } from "../data/report";
import { appStream } from "./app-path";
import { LEVELS, type Level } from "./config";
import { childCpuByPath, cpuSince, cpuSnapshot } from "./cpu";
import { directModel, directStream } from "./direct-path";
import { createFixture, OWNER_PASSWORD, type BenchAgency } from "./fixture";
import { httpStream, signIn } from "./http-path";
import { startLocalModel } from "./local-model";
import { startDbWaitSampler } from "./db-waits";
import { measureLevel, type StreamPath } from "./measure";
import { existingBuild, NEXT_DIST_DIR, startNextServer, type NextServer } from "./next-server";
import {
  addedByLevel,
  addedTable,
  describeMachine,
  latencyTable,
  phaseTable,
  setupDescription,
  targetVerdict,
  writeResults,
  type LevelReport,
  type Results,
} from "./report";
import { traceStreams } from "./sql-trace";

const TRACED_STREAMS = 50;

function chooseLevels(levels: string | undefined, rounds: string | undefined): Level[] {
  const wanted = levels ? levels.split(",").map(Number) : LEVELS.map((l) => l.concurrency);
  return wanted.map((concurrency) => {
    const known = LEVELS.find((l) => l.concurrency === concurrency) ?? { concurrency, rounds: 20, warmupRounds: 2 };
    return rounds ? { ...known, rounds: Number(rounds) } : known;
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      levels: { type: "string" },
      rounds: { type: "string" },
      paths: { type: "string" },
      http: { type: "boolean", default: false },
    },
  });
  const levels = chooseLevels(values.levels, values.rounds);
  const log = console.log;
  const code = describeCode();

  const model = await startLocalModel();
  let next: NextServer | null = null;
  try {
    const agencies = await createFixture(model.url, Math.max(...levels.map((l) => l.concurrency)), log);
    const machine = await describeMachine();
    const direct = directModel(model.url);
    const oneAgent: StreamPath = (n, _, marks) => appStream(agencies[0] as BenchAgency, n, marks);
    const paths: Record<string, StreamPath> = {
      direct: (n, _, marks) => directStream(direct, n, marks),
      app: oneAgent,
      "app-spread": (n, slot, marks) => appStream(agencies[slot] as BenchAgency, n, marks),
    };
    const children: Record<string, number> = { modelServer: model.pid };
    if (values.http && !existingBuild()) log(`\nNo ${NEXT_DIST_DIR} build: skipping the HTTP path.`);
    else if (values.http) {
      next = await startNextServer();
      const cookie = await signIn(next.url, agencies[0] as BenchAgency, OWNER_PASSWORD);
      const url = next.url;
      paths.http = (n, _, marks) => httpStream(url, cookie, agencies[0] as BenchAgency, n, marks);
      children.nextServer = next.pid;
      log(`Next.js server ${url} (pid ${next.pid}) serving build ${next.build.id} of ${next.build.builtAt}.`);
    }

    if (values.paths) {
      const keep = values.paths.split(",");
      for (const name of Object.keys(paths)) if (!keep.includes(name)) delete paths[name];
    }

    log(`\nModel server ${model.url} (pid ${model.pid}); app pool size ${env().APP_DATABASE_POOL_SIZE}.`);
    const results: LevelReport[] = [];
    const sampler = await startDbWaitSampler();
    const childCpu = childCpuByPath(children);
    try {
      for (const level of levels) {
        log(
          `Concurrency ${level.concurrency}: ${level.warmupRounds} warm-up + ${level.rounds} timed rounds per path...`,
        );
        const cpuAtStart = cpuSnapshot(children);
        // Alone, a stream has nothing to wait for in the database; polling it would only add noise.
        const observers = level.concurrency > 1 ? [sampler.observer, childCpu.observer] : [childCpu.observer];
        const measured = await measureLevel(paths, level, {
          started: (path) => observers.forEach((o) => o.started(path)),
          ended: () => observers.forEach((o) => o.ended()),
        });
        const streams = level.rounds * level.concurrency;
        const childCpuMsPerStream = Object.fromEntries(
          Object.entries(childCpu.take()).map(([path, byChild]) => [
            path,
            Object.fromEntries(
              Object.entries(byChild).map(([name, ms]) => [name, Math.round((ms / streams) * 10) / 10]),
            ),
          ]),
        );
        const result = {
          ...measured,
          cpu: cpuSince(cpuAtStart, children),
          childCpuMsPerStream,
          dbWaits: sampler.take(),
        };
        results.push(result);
        log(`  CPU (cores): ${JSON.stringify(result.cpu)}`);
        log(`  Database: ${JSON.stringify(result.dbWaits)}`);
        for (const [name, r] of Object.entries(result.paths)) {
          log(
            `  ${name.padEnd(10)} TTFT p50 ${r.ttftMs.p50.toFixed(1)} / p95 ${r.ttftMs.p95.toFixed(1)} ms, total p50 ${r.totalMs.p50.toFixed(1)} / p95 ${r.totalMs.p95.toFixed(1)} ms, ${r.failed} failed`,
          );
          for (const error of r.errors) log(`    ${error}`);
        }
      }
    } finally {
      await sampler.stop();
    }

    log(`\n${TRACED_STREAMS} app streams alone, statement by statement; the last one:`);
    const trace = await traceStreams(oneAgent, 1_000_000, TRACED_STREAMS);
    for (const s of trace.example) {
      log(`  ${s.sentMs.toFixed(2).padStart(7)} → ${s.doneMs.toFixed(2).padStart(7)} ms  ${s.sql.slice(0, 100)}`);
    }

    const added = addedByLevel(results);
    const poolSize = env().APP_DATABASE_POOL_SIZE;
    const label = [
      poolSize === 10 ? "" : `-pool-${poolSize}`,
      values.paths ? `-${values.paths.replaceAll(",", "-")}` : "",
      values.levels || values.rounds ? `-c-${levels.map((l) => `${l.concurrency}x${l.rounds}`).join("-")}` : "",
    ].join("");
    const report: Results = {
      ranAt: new Date().toISOString(),
      code,
      machine: { ...machine, loadAverageAfter: (await describeMachine()).loadAverage },
      setup: { ...setupDescription(), http: next ? { distDir: NEXT_DIST_DIR, build: next.build } : null },
      levels: results,
      added,
      trace,
      target: targetVerdict(added),
    };
    const file = await writeResults(report, label);

    log(`\n${latencyTable(results)}\n\n${addedTable(added)}\n\n${phaseTable(trace)}\n`);
    const { metAt, missedAt } = report.target;
    log(
      `Target (app's added TTFT p50 < ${report.target.addedTtftP50Ms} ms): met at c=${metAt.join(", ") || "none"}; missed at c=${missedAt.join(", ") || "none"}`,
    );
    log(`Results written to ${file}`);
  } finally {
    await next?.stop();
    await model.stop();
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
