import { sqlOf } from "../shared/sql-text";
import pg from "pg";
import { summarize, type Summary } from "../data/stats";
import { withMarks, type Marks } from "./marks";
import type { StreamPath } from "./measure";

type Sent = { at: number; done: number; sql: string };

export type TracedStatement = { sentMs: number; doneMs: number; sql: string };

/** Where one app stream's time goes, phase by phase (ms). */
type Phases = {
  /** From the call to fetch(): access check, body parsing, agent and model set-up, streamText. */
  startToModelRequest: number;
  /**
   * Of that, time inside transactions (membership, agent and provider, conversation): 0 when the
   * configuration cache has them and the conversation is new.
   */
  transactionsBeforeRequest: number;
  /** Model request to the first text-delta the client reads (the model's own time included). */
  modelRequestToFirstToken: number;
  /** The person's message, the run and its audit event, written once the first chunk is out. */
  saveTurnTransaction: number;
  lastTokenToPersist: number;
  /** Answer, run and agent status saved. */
  persistTransaction: number;
  persistToEnd: number;
};

export type StreamTrace = {
  streams: number;
  phasesMs: { [K in keyof Phases]: Summary };
  statementsPerTransaction: number[];
  /** The last traced stream's statements, from its start. */
  example: TracedStatement[];
};

/** Splits a sequential stream's statements into transactions (BEGIN through COMMIT/ROLLBACK). */
function transactions(sent: Sent[]): Sent[][] {
  const list: Sent[][] = [];
  for (const s of sent) {
    if (/^BEGIN/i.test(s.sql)) list.push([]);
    list.at(-1)?.push(s);
  }
  return list;
}

function phasesOf(marks: Marks, sent: Sent[]): { phases: Phases; perTransaction: number[] } {
  const { startedAt, requestAt, firstTokenAt, lastTokenAt, endAt } = marks;
  const all = transactions(sent);
  const first = (tx: Sent[]) => (tx[0] as Sent).at;
  const last = (tx: Sent[]) => (tx.at(-1) as Sent).done;
  const before = all.filter((tx) => requestAt !== undefined && first(tx) < requestAt);
  const [saveTurn, persist] = all.slice(before.length);
  if (!saveTurn || !persist || !requestAt || !firstTokenAt || !lastTokenAt || !endAt) {
    throw new Error(`an app stream without its two saves or its marks: ${JSON.stringify(marks)}`);
  }
  return {
    phases: {
      startToModelRequest: requestAt - startedAt,
      transactionsBeforeRequest: before.reduce((sum, tx) => sum + last(tx) - first(tx), 0),
      modelRequestToFirstToken: firstTokenAt - requestAt,
      saveTurnTransaction: last(saveTurn) - first(saveTurn),
      lastTokenToPersist: first(persist) - lastTokenAt,
      persistTransaction: last(persist) - first(persist),
      persistToEnd: endAt - last(persist),
    },
    // BEGIN, set_config and COMMIT included: each is a round trip.
    perTransaction: all.map((tx) => tx.length),
  };
}

/**
 * Runs `count` app streams one after another while timing every statement the app's pg
 * connections send (Prisma's driver adapter sits on node-postgres), and splits each stream's
 * time into phases: where the app's own time goes when nothing competes with it.
 */
export async function traceStreams(path: StreamPath, firstNo: number, count: number): Promise<StreamTrace> {
  let sent: Sent[] = [];
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const entry: Sent = { at: performance.now(), done: Number.NaN, sql: sqlOf(args) };
    sent.push(entry);
    const result = original.apply(this, args);
    if (result instanceof Promise) {
      void result.then(
        () => (entry.done = performance.now()),
        () => (entry.done = performance.now()),
      );
    }
    return result;
  };
  const phases: Phases[] = [];
  let perTransaction: number[] = [];
  let example: TracedStatement[] = [];
  try {
    for (let i = 0; i < count; i += 1) {
      sent = [];
      const { marks } = await withMarks((m) => path(firstNo + i, 0, m));
      const traced = phasesOf(marks, sent);
      phases.push(traced.phases);
      perTransaction = traced.perTransaction;
      const rel = (t: number) => Math.round((t - marks.startedAt) * 100) / 100;
      example = sent.map((s) => ({ sentMs: rel(s.at), doneMs: rel(s.done), sql: s.sql.slice(0, 160) }));
    }
  } finally {
    prototype.query = original;
  }
  const keys = Object.keys(phases[0] ?? {}) as (keyof Phases)[];
  return {
    streams: count,
    phasesMs: Object.fromEntries(keys.map((k) => [k, summarize(phases.map((p) => p[k]))])) as StreamTrace["phasesMs"],
    statementsPerTransaction: perTransaction,
    example,
  };
}
