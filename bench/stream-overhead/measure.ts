import { performance as perf } from "node:perf_hooks";
import { summarize, type Summary } from "../data/stats";
import { expectedAnswer, type Level } from "./config";
import { withMarks, type Marks } from "./marks";

/**
 * One way of getting an answer streamed. `n` numbers the stream (its question), `slot` is its
 * place in its round (0 to concurrency - 1); returns the answer's text.
 */
export type StreamPath = (n: number, slot: number, marks: Marks) => Promise<string>;

/** One stream's timings; those about the model request are null when it left another process. */
type Timings = {
  ttftMs: number;
  totalMs: number;
  /** Start until the model request leaves: all the work done before the model is asked. */
  beforeRequestMs: number | null;
  /** The part of it spent waiting for a pooled database connection. */
  poolWaitMs: number | null;
  /** Model request to the first token read by the client. */
  requestToFirstTokenMs: number | null;
  /** Last token to the end of the stream (the app saves the answer in between). */
  afterLastTokenMs: number;
};

export type PathResult = {
  ok: number;
  failed: number;
  errors: string[];
  /** Share of the rounds' time this process's event loop was busy (1 = saturated). */
  eventLoopUtilization: number;
  /** This process's CPU time per stream (the app's work and the client's reading). */
  cpuMsPerStream: number;
} & { [K in keyof Timings]: Summary };

export type LevelResult = {
  concurrency: number;
  rounds: number;
  warmupRounds: number;
  wallSeconds: number;
  paths: Record<string, PathResult>;
};

let streamNo = 0;

async function timeOne(path: StreamPath, slot: number): Promise<Timings | Error> {
  const n = (streamNo += 1);
  try {
    const { marks, result } = await withMarks((marks) => path(n, slot, marks));
    if (result !== expectedAnswer(n)) return new Error(`stream ${n} answered "${result.slice(0, 80)}"`);
    const { startedAt, requestAt, firstTokenAt, lastTokenAt, endAt } = marks;
    if (firstTokenAt === undefined || lastTokenAt === undefined || endAt === undefined) {
      return new Error(`stream ${n} is missing a mark: ${JSON.stringify(marks)}`);
    }
    const sent = requestAt !== undefined;
    return {
      ttftMs: firstTokenAt - startedAt,
      totalMs: endAt - startedAt,
      beforeRequestMs: sent ? requestAt - startedAt : null,
      poolWaitMs: sent ? marks.poolWaitMs : null,
      requestToFirstTokenMs: sent ? firstTokenAt - requestAt : null,
      afterLastTokenMs: endAt - lastTokenAt,
    };
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** What a path's timed rounds cost this process (the app and the client, not the model server). */
type Load = { eluActive: number; eluIdle: number; cpuMicros: number; streams: number };

function summarizePath(samples: (Timings | Error)[], load: Load): PathResult {
  const ok = samples.filter((s): s is Timings => !(s instanceof Error));
  const errors = samples.filter((s): s is Error => s instanceof Error).map((e) => e.message);
  const of = (key: keyof Timings) => summarize(ok.flatMap((s) => s[key] ?? []));
  return {
    ok: ok.length,
    failed: errors.length,
    errors: [...new Set(errors)].slice(0, 5),
    eventLoopUtilization: Math.round((load.eluActive / (load.eluActive + load.eluIdle)) * 100) / 100,
    cpuMsPerStream: Math.round((load.cpuMicros / 1000 / Math.max(1, load.streams)) * 100) / 100,
    ttftMs: of("ttftMs"),
    totalMs: of("totalMs"),
    beforeRequestMs: of("beforeRequestMs"),
    poolWaitMs: of("poolWaitMs"),
    requestToFirstTokenMs: of("requestToFirstTokenMs"),
    afterLastTokenMs: of("afterLastTokenMs"),
  };
}

/** Told when a timed batch of a path starts and ends (e.g. to sample the database meanwhile). */
export type BatchObserver = { started: (path: string) => void; ended: () => void };

/**
 * Runs a level: each round starts `concurrency` streams at once on one path and waits for all of
 * them, then does the same on the next path. The order of the paths rotates every round, so
 * drift in the machine's load falls on all of them alike. Warm-up rounds are not kept.
 */
export async function measureLevel(
  paths: Record<string, StreamPath>,
  level: Level,
  observer?: BatchObserver,
): Promise<LevelResult> {
  const names = Object.keys(paths);
  const samples = new Map<string, (Timings | Error)[]>(names.map((name) => [name, []]));
  const loads = new Map<string, Load>(
    names.map((name) => [name, { eluActive: 0, eluIdle: 0, cpuMicros: 0, streams: 0 }]),
  );
  const started = performance.now();
  for (let round = -level.warmupRounds; round < level.rounds; round += 1) {
    const shift = ((round % names.length) + names.length) % names.length;
    for (const name of [...names.slice(shift), ...names.slice(0, shift)]) {
      const path = paths[name] as StreamPath;
      const timed = round >= 0;
      if (timed) observer?.started(name);
      const elu = perf.eventLoopUtilization();
      const cpu = process.cpuUsage();
      const batch = await Promise.all(Array.from({ length: level.concurrency }, (_, slot) => timeOne(path, slot)));
      const { active, idle } = perf.eventLoopUtilization(elu);
      const { user, system } = process.cpuUsage(cpu);
      if (!timed) continue;
      observer?.ended();
      samples.get(name)?.push(...batch);
      const load = loads.get(name);
      if (load) {
        loads.set(name, {
          eluActive: load.eluActive + active,
          eluIdle: load.eluIdle + idle,
          cpuMicros: load.cpuMicros + user + system,
          streams: load.streams + batch.length,
        });
      }
    }
  }
  return {
    concurrency: level.concurrency,
    rounds: level.rounds,
    warmupRounds: level.warmupRounds,
    wallSeconds: Math.round((performance.now() - started) / 100) / 10,
    paths: Object.fromEntries(
      names.map((name) => [
        name,
        summarizePath(
          samples.get(name) ?? [],
          loads.get(name) ?? { eluActive: 0, eluIdle: 1, cpuMicros: 0, streams: 0 },
        ),
      ]),
    ),
  };
}
