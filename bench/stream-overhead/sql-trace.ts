import pg from "pg";
import { summarize, type Summary } from "../data/stats";
import { withMarks, type Marks } from "./marks";
import type { StreamPath } from "./measure";

type Sent = { at: number; done: number; sql: string };

export type TracedStatement = { sentMs: number; doneMs: number; sql: string };

/** Where one app stream's time goes, phase by phase (ms). */
type Phases = {
  /** Membership lookup and role check: its own transaction. */
  accessTransaction: number;
  /** From that commit to the next BEGIN: body parsing and the service's set-up. */
  betweenTransactions: number;
  /** Agent, provider (key decrypted), conversation, user message, history, agent status, audit event. */
  prepareTransaction: number;
  /** From that commit to fetch(): model, tools, prompt, streamText. */
  commitToModelRequest: number;
  /** Model request to the first text-delta the client reads (the model's own time included). */
  modelRequestToFirstToken: number;
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

const sqlOf = (args: unknown[]): string => {
  const [first] = args;
  const text =
    typeof first === "string"
      ? first
      : first && typeof first === "object" && "text" in first && typeof first.text === "string"
        ? first.text
        : "(unknown)";
  return text.replace(/\s+/g, " ").trim();
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
  const [access, prepare, persist] = transactions(sent);
  const { requestAt, firstTokenAt, lastTokenAt, endAt } = marks;
  if (!access || !prepare || !persist || !requestAt || !firstTokenAt || !lastTokenAt || !endAt) {
    throw new Error(`an app stream without its three transactions or marks: ${JSON.stringify(marks)}`);
  }
  const first = (tx: Sent[]) => (tx[0] as Sent).at;
  const last = (tx: Sent[]) => (tx.at(-1) as Sent).done;
  return {
    phases: {
      accessTransaction: last(access) - first(access),
      betweenTransactions: first(prepare) - last(access),
      prepareTransaction: last(prepare) - first(prepare),
      commitToModelRequest: requestAt - last(prepare),
      modelRequestToFirstToken: firstTokenAt - requestAt,
      lastTokenToPersist: first(persist) - lastTokenAt,
      persistTransaction: last(persist) - first(persist),
      persistToEnd: endAt - last(persist),
    },
    // BEGIN, set_config and COMMIT included: each is a round trip.
    perTransaction: [access, prepare, persist].map((tx) => tx.length),
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
