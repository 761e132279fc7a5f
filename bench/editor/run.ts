/**
 * `npm run bench:editor`: the workflow editor with 100, 500 and 1,000 steps in headless
 * Chromium. Serves the existing .next-e2e production build (never builds), signs in as an
 * agency's owner, and for each size measures time to interactive, then the frame rate while
 * panning the canvas and while dragging a step. One untimed warm-up load per size, then
 * REPETITIONS rounds over all sizes; each figure reported is the median of the rounds. Results
 * go to bench/editor/results/.
 *
 * Flags: --sizes 100,500 (which workflows), --repetitions N.
 */
import "./env";
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { disconnectDb } from "@/server/db/client";
import { MAX_NODES } from "@/lib/workflow/graph";
import { existingBuild, NEXT_DIST_DIR, startNextServer, type NextServer } from "../stream-overhead/next-server";
import { describeCode } from "../shared/code";
import { describeHost } from "../shared/host";
import { openSignedInBrowser, type BenchBrowser } from "./browser";
import {
  BENCH_DATABASE,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  GESTURE,
  IDLE_MS,
  QUIET_MS,
  REPETITIONS,
  SETTLE_MS,
  SIZES,
  SLOW_FRAME_MS,
  STABLE_MS,
  VIEWPORT,
} from "./config";
import { createFixture } from "./fixture";
import { measureRepetition, warmUp, type Repetition } from "./measure";
import { loadTable, motionTable, summarize, targetVerdict, writeResults, type Results } from "./report";

function chooseSizes(flag: string | undefined): number[] {
  const sizes = flag ? flag.split(",").map(Number) : [...SIZES];
  for (const size of sizes) {
    if (!Number.isInteger(size) || size < 2 || size > MAX_NODES)
      throw new Error(`--sizes takes whole numbers from 2 to ${MAX_NODES} (the graph's limit), not "${size}"`);
  }
  return sizes;
}

async function main() {
  const { values } = parseArgs({ options: { sizes: { type: "string" }, repetitions: { type: "string" } } });
  const sizes = chooseSizes(values.sizes);
  const repetitions = values.repetitions ? Number(values.repetitions) : REPETITIONS;
  if (!Number.isInteger(repetitions) || repetitions < 1) throw new Error("--repetitions takes a whole number from 1");
  const log = console.log;

  const build = existingBuild();
  if (!build) {
    console.error(
      `No ${NEXT_DIST_DIR} build to serve. This bench never builds: make one first (the end-to-end suite's ` +
        `\`npx next build\` with NEXT_DIST_DIR=${NEXT_DIST_DIR}), then run it again.`,
    );
    process.exitCode = 1;
    return;
  }
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`No Chromium at ${CHROMIUM_PATH}: install Debian's chromium or set CHROMIUM_PATH.`);
    process.exitCode = 1;
    return;
  }
  const code = describeCode(["app", "components", "lib", "server"]);
  const host = describeHost();
  log(`Load average before: ${host.loadAverage.join(", ")}`);

  const workflows = await createFixture(sizes, log);
  let next: NextServer | null = null;
  let browser: BenchBrowser | null = null;
  try {
    next = await startNextServer();
    log(`Next.js server ${next.url} (pid ${next.pid}) serving build ${next.build.id} of ${next.build.builtAt}.`);
    browser = await openSignedInBrowser(next.url);
    log(`Chromium ${browser.version}, headless, ${VIEWPORT.width} × ${VIEWPORT.height}; signed in.`);
    const context = browser.context;

    for (const workflow of workflows) {
      log(`Warm-up load: ${workflow.size} steps`);
      await warmUp(context, workflow);
    }
    const runs: Repetition[] = [];
    for (let round = 1; round <= repetitions; round += 1) {
      for (const workflow of workflows) {
        const run = await measureRepetition(context, workflow, round);
        runs.push(run);
        const { load, pan, drag } = run;
        log(
          `  ${String(workflow.size).padStart(5)} steps, round ${round}: TTI ${load.interactiveMs.toFixed(0)} ms ` +
            `(${load.nodesInDom} steps in the DOM at ${load.nodesReadyMs.toFixed(0)} ms, ${load.longTasks.count} long tasks, ` +
            `${load.longTasks.totalMs} ms); idle ${run.idle.frames.medianFps} fps; ` +
            `pan ${pan.frames.medianFps} fps p50 / ${pan.frames.p5Fps} p5, ${pan.motionFramesPerSecond} frames with motion/s; ` +
            `drag ${drag.frames.medianFps} fps p50 / ${drag.frames.p5Fps} p5, ${drag.motionFramesPerSecond} frames with motion/s`,
        );
      }
    }

    const summary = sizes.map((size) =>
      summarize(
        size,
        runs.filter((r) => r.size === size),
      ),
    );
    const target = targetVerdict(summary);
    const label = [
      values.sizes ? `-sizes-${sizes.join("-")}` : "",
      repetitions === REPETITIONS ? "" : `-r${repetitions}`,
    ].join("");
    const results: Results = {
      ranAt: new Date().toISOString(),
      code,
      host: { ...host, loadAverageAfter: describeHost().loadAverage },
      browser: {
        version: browser.version,
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: VIEWPORT,
        deviceScaleFactor: 1,
      },
      setup: {
        database: BENCH_DATABASE,
        nextBuild: { distDir: NEXT_DIST_DIR, ...next.build },
        repetitions,
        gesture: GESTURE,
        idleMs: IDLE_MS,
        quietMs: QUIET_MS,
        stableMs: STABLE_MS,
        settleMs: SETTLE_MS,
        slowFrameMs: SLOW_FRAME_MS,
      },
      workflows: workflows.map((w) => ({
        size: w.size,
        id: w.id,
        edges: w.graph.edges.length,
        columns: w.columns,
        rows: w.rows,
        dragNodeId: w.dragNodeId,
      })),
      summary,
      target,
      repetitions: runs,
    };
    const file = await writeResults(results, label);

    log(`\n${loadTable(summary)}\n\n${motionTable(summary)}\n`);
    log(
      `Target (≥ ${target.fps} fps at ${target.nodes} steps, median frame rate): pan ${target.pan}; drag ${target.drag}.`,
    );
    log(`Results written to ${file}`);
  } finally {
    await browser?.browser.close();
    await next?.stop();
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await disconnectDb();
    // The configuration cache's LISTEN connection (server/db/notifications.ts) stays open for the process's life.
    process.exit();
  });
