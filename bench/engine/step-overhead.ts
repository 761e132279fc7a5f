import pg from "pg";
import type { AuditActor } from "@/server/audit/record";
import { startRun } from "@/server/services/workflows/runs";
import { summarize, type Summary } from "../data/stats";
import { adminUrl, LONG_CHAIN, SHORT_CHAIN, STEP_RUNS } from "./config";
import { cpuMark, cpuMsSince } from "./cpu";
import type { Fixture } from "./fixture";
import { startRunEndListener } from "./listener";
import {
  STEP_LABELS,
  startTrace,
  statementKind,
  transactionsOf,
  withSide,
  type Statement,
  type Transaction,
} from "./sql-trace";

/** One run, as the client saw it and as the database recorded it (ms). */
type RunSample = {
  id: string;
  /** performance.now() from calling startRun to the run's terminal event reaching a listener. */
  clientMs: number;
  /** createdAt → finishedAt: the run row's own clock. */
  dbMs: number;
  /** createdAt → startedAt: commit, enqueue, the queue's pick-up, up to the claim. */
  queueMs: number;
  /** startedAt → finishedAt. */
  executeMs: number;
  /** CPU of this process (worker and client) and of PostgreSQL during the run. */
  benchCpuMs: number;
  postgresCpuMs: number;
  /** The long chain only: first step's start to last step's start, per step. */
  stepIntervalMs: number | null;
};

/** Where one durable step's time goes, from traced runs of the long chain (ms). */
export type StepPhases = {
  /** The previous step's last COMMIT answered → this step's last COMMIT answered. */
  commitToCommit: Summary;
  /** Inside this step's transactions, BEGIN sent → COMMIT answered (one or two transactions). */
  inTransactions: Summary;
  /** The rest: the frontier worked out again, scope, expression, executor, Prisma before BEGIN. */
  outsideTransactions: Summary;
};

export type StepOverheadResult = {
  chains: { short: number; long: number };
  runs: { warmup: number; timed: number; traced: number };
  short: Record<"clientMs" | "dbMs" | "queueMs" | "executeMs", Summary>;
  long: Record<"clientMs" | "dbMs" | "queueMs" | "executeMs" | "stepIntervalMs", Summary>;
  /** Added per durable step, (long − short) / (long − short steps), several ways. */
  perStep: {
    fromClientP50Ms: number;
    fromClientP95Ms: number;
    /** Runs alternate short, long: each pair's difference, per step. */
    pairedMs: Summary;
    /** Inside the long run, start to start, from the step rows' timestamps. */
    fromStepRowsMs: Summary;
    benchCpuMs: number;
    postgresCpuMs: number;
  };
  trace: {
    /** Statements and transactions a whole run sends, by side and label (one traced run of each chain). */
    shortRun: RunCounts;
    longRun: RunCounts;
    /** Round trips and transactions of the step transactions alone (the queue's polls excluded), by kind. */
    perStep: { statements: number; transactions: number; byKind: Record<string, { count: number; meanMs: number }> };
    phases: StepPhases;
    /** Step s20 of the last traced long run, ms from its first BEGIN. */
    example: { sentMs: number; doneMs: number; sql: string }[];
  };
};

type RunCounts = {
  statements: number;
  transactions: number;
  byLabel: Record<string, { transactions: number; statements: number }>;
};

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function countRun(transactions: Transaction[]): RunCounts {
  const byLabel: RunCounts["byLabel"] = {};
  for (const tx of transactions) {
    const key = `${tx.side}: ${tx.label}`;
    const entry = (byLabel[key] ??= { transactions: 0, statements: 0 });
    entry.transactions += 1;
    entry.statements += tx.statements.length;
  }
  return {
    statements: transactions.reduce((sum, tx) => sum + tx.statements.length, 0),
    transactions: transactions.length,
    byLabel,
  };
}

const first = (tx: Transaction) => tx.statements[0]!.at;
const last = (tx: Transaction) => tx.statements.at(-1)!.done;

/**
 * Splits each traced run's step transactions into steps (a start and a finish transaction, or
 * one transaction for a step written once), in the order the worker sent them.
 */
export function stepsOf(transactions: Transaction[]): Transaction[][] {
  const steps: Transaction[][] = [];
  for (const tx of transactions.filter((t) => STEP_LABELS.has(t.label))) {
    const open = steps.at(-1);
    if (tx.label === "step finish" && open?.length === 1 && open[0]!.label === "step start") open.push(tx);
    else steps.push([tx]);
  }
  return steps;
}

function stepPhases(runs: Transaction[][]): {
  phases: StepPhases;
  kinds: Map<string, number[]>;
  steps: number;
  transactions: number;
} {
  const samples = { commitToCommit: [], inTransactions: [], outsideTransactions: [] } as Record<
    keyof StepPhases,
    number[]
  >;
  const kinds = new Map<string, number[]>();
  let count = 0;
  let transactionCount = 0;
  for (const transactions of runs) {
    const steps = stepsOf(transactions);
    count += steps.length;
    transactionCount += steps.reduce((sum, step) => sum + step.length, 0);
    for (let i = 0; i < steps.length; i += 1) {
      const step = steps[i]!;
      for (const s of step.flatMap((tx) => tx.statements)) {
        const kind = statementKind(s.sql);
        kinds.set(kind, [...(kinds.get(kind) ?? []), s.done - s.at]);
      }
      const previous = steps[i - 1];
      if (!previous) continue;
      const total = last(step.at(-1)!) - last(previous.at(-1)!);
      const inside = step.reduce((sum, tx) => sum + last(tx) - first(tx), 0);
      samples.commitToCommit.push(total);
      samples.inTransactions.push(inside);
      samples.outsideTransactions.push(total - inside);
    }
  }
  return {
    phases: {
      commitToCommit: summarize(samples.commitToCommit),
      inTransactions: summarize(samples.inTransactions),
      outsideTransactions: summarize(samples.outsideTransactions),
    },
    kinds,
    steps: count,
    transactions: transactionCount,
  };
}

async function dbTimings(ids: string[]) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const runs = await client.query<{ id: string; created: number; started: number; finished: number }>(
      `SELECT id, extract(epoch FROM created_at) * 1000 AS created, extract(epoch FROM started_at) * 1000 AS started,
              extract(epoch FROM finished_at) * 1000 AS finished
         FROM workflow_runs WHERE id = ANY($1)`,
      [ids],
    );
    const steps = await client.query<{ run_id: string; node_id: string; started: number }>(
      `SELECT run_id, node_id, extract(epoch FROM started_at) * 1000 AS started FROM workflow_steps WHERE run_id = ANY($1)`,
      [ids],
    );
    return { runs: runs.rows, steps: steps.rows };
  } finally {
    await client.end();
  }
}

/**
 * Runs the short and the long chain one run at a time, alternating, with the in-process worker
 * already started: warm-up runs, timed runs, then traced runs (every statement recorded).
 */
export async function measureStepOverhead(
  fixture: Fixture,
  log: (message: string) => void,
): Promise<StepOverheadResult> {
  const listener = await startRunEndListener();
  const actor: AuditActor = { userId: fixture.owner.id, label: "bench/engine", ip: "127.0.0.1", userAgent: null };
  const access = { organizationId: fixture.organizationId, actor };
  const chains = { short: fixture.shortChainId, long: fixture.longChainId };

  const oneRun = async (workflowId: string) => {
    const mark = cpuMark();
    const t0 = performance.now();
    const run = await withSide("client", () => startRun(access, { workflowId, trigger: "manual", input: {} }));
    const end = await listener.ended(run.id);
    if (end.type !== "run.succeeded") throw new Error(`run ${run.id} ended with ${end.type}`);
    const clientMs = end.at - t0;
    // Let the worker release its lease and complete the job before the next run starts.
    await sleep(30);
    return { id: run.id, clientMs, ...cpuMsSince(mark) };
  };

  try {
    log(`Step overhead: ${STEP_RUNS.warmup} warm-up + ${STEP_RUNS.timed} timed runs of each chain, alternating...`);
    for (let i = 0; i < STEP_RUNS.warmup; i += 1) {
      await oneRun(chains.short);
      await oneRun(chains.long);
    }
    const timed = {
      short: [] as Awaited<ReturnType<typeof oneRun>>[],
      long: [] as Awaited<ReturnType<typeof oneRun>>[],
    };
    for (let i = 0; i < STEP_RUNS.timed; i += 1) {
      timed.short.push(await oneRun(chains.short));
      timed.long.push(await oneRun(chains.long));
    }

    log(`  ${STEP_RUNS.traced} traced runs of each chain...`);
    const traced = { short: [] as Transaction[][], long: [] as Transaction[][] };
    let example: Statement[] = [];
    for (let i = 0; i < STEP_RUNS.traced; i += 1) {
      for (const kind of ["short", "long"] as const) {
        const trace = startTrace();
        try {
          await oneRun(chains[kind]);
        } finally {
          const statements = trace.stop();
          const transactions = transactionsOf(statements);
          traced[kind].push(transactions);
          // The trigger is the first step, so s20 is the 21st.
          if (kind === "long") example = (stepsOf(transactions)[20] ?? []).flatMap((tx) => tx.statements);
        }
      }
    }

    const { runs, steps } = await dbTimings([...timed.short, ...timed.long].map((r) => r.id));
    const byId = new Map(runs.map((r) => [r.id, r]));
    const interval = (runId: string) => {
      const own = steps.filter((s) => s.run_id === runId);
      const at = (node: string) => own.find((s) => s.node_id === node)?.started ?? Number.NaN;
      return (at(`s${LONG_CHAIN}`) - at("s1")) / (LONG_CHAIN - 1);
    };
    const sample = (r: Awaited<ReturnType<typeof oneRun>>, long: boolean): RunSample => {
      const row = byId.get(r.id)!;
      return {
        id: r.id,
        clientMs: r.clientMs,
        dbMs: row.finished - row.created,
        queueMs: row.started - row.created,
        executeMs: row.finished - row.started,
        benchCpuMs: r.benchMs,
        postgresCpuMs: r.postgresMs,
        stepIntervalMs: long ? interval(r.id) : null,
      };
    };
    const short = timed.short.map((r) => sample(r, false));
    const long = timed.long.map((r) => sample(r, true));
    const pick = (list: RunSample[], key: keyof RunSample) => summarize(list.map((r) => r[key] as number));
    const extra = LONG_CHAIN - SHORT_CHAIN;
    const mean = (list: number[]) => list.reduce((sum, n) => sum + n, 0) / list.length;

    const shortSummary = {
      clientMs: pick(short, "clientMs"),
      dbMs: pick(short, "dbMs"),
      queueMs: pick(short, "queueMs"),
      executeMs: pick(short, "executeMs"),
    };
    const longSummary = {
      clientMs: pick(long, "clientMs"),
      dbMs: pick(long, "dbMs"),
      queueMs: pick(long, "queueMs"),
      executeMs: pick(long, "executeMs"),
      stepIntervalMs: pick(long, "stepIntervalMs"),
    };

    const shortCounts = countRun(traced.short.at(-1) ?? []);
    const longCounts = countRun(traced.long.at(-1) ?? []);
    const { phases, kinds, steps: stepsTraced, transactions: stepTransactions } = stepPhases(traced.long);
    const byKind = Object.fromEntries(
      [...kinds].map(([kind, times]) => [
        kind,
        { count: round(times.length / stepsTraced, 2), meanMs: round(mean(times), 3) },
      ]),
    );
    const exampleStart = example[0]?.at ?? 0;

    return {
      chains: { short: SHORT_CHAIN, long: LONG_CHAIN },
      runs: STEP_RUNS,
      short: shortSummary,
      long: longSummary,
      perStep: {
        fromClientP50Ms: round((longSummary.clientMs.p50 - shortSummary.clientMs.p50) / extra, 3),
        fromClientP95Ms: round((longSummary.clientMs.p95 - shortSummary.clientMs.p95) / extra, 3),
        pairedMs: summarize(long.map((l, i) => (l.clientMs - short[i]!.clientMs) / extra)),
        fromStepRowsMs: longSummary.stepIntervalMs,
        benchCpuMs: round((mean(long.map((r) => r.benchCpuMs)) - mean(short.map((r) => r.benchCpuMs))) / extra, 3),
        postgresCpuMs: round(
          (mean(long.map((r) => r.postgresCpuMs)) - mean(short.map((r) => r.postgresCpuMs))) / extra,
          3,
        ),
      },
      trace: {
        shortRun: shortCounts,
        longRun: longCounts,
        perStep: {
          statements: round([...kinds.values()].reduce((sum, times) => sum + times.length, 0) / stepsTraced, 2),
          transactions: round(stepTransactions / stepsTraced, 2),
          byKind,
        },
        phases,
        example: example.map((s) => ({
          sentMs: round(s.at - exampleStart),
          doneMs: round(s.done - exampleStart),
          sql: s.sql.slice(0, 160),
        })),
      },
    };
  } finally {
    await listener.stop();
  }
}
