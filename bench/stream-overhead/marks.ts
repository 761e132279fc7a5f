import { AsyncLocalStorage } from "node:async_hooks";
import { subscribe } from "node:diagnostics_channel";
import pg from "pg";

/** `performance.now()` readings taken during one stream. */
export type Marks = {
  startedAt: number;
  /** fetch() created the request to the model server (undici's `request:create`). */
  requestAt?: number;
  /** Time spent waiting for a pooled database connection before the model request. */
  poolWaitMs: number;
  firstTokenAt?: number;
  lastTokenAt?: number;
  endAt?: number;
};

const current = new AsyncLocalStorage<Marks>();
let watching = false;

function isModelRequest(message: unknown): boolean {
  if (typeof message !== "object" || message === null || !("request" in message)) return false;
  const { request } = message;
  return (
    typeof request === "object" &&
    request !== null &&
    "path" in request &&
    typeof request.path === "string" &&
    request.path.endsWith("/chat/completions")
  );
}

/**
 * Marks when each stream's model request leaves, from Node's fetch (undici) diagnostics
 * channel. `request:create` publishes in the caller's async context, so the mark lands on the
 * stream that made the request, at any concurrency, without touching app code. (Later undici
 * events run in the socket's context, so the response's arrival cannot be told apart this way.)
 */
function watchModelRequests() {
  if (watching) return;
  watching = true;
  watchPoolWaits();
  subscribe("undici:request:create", (message) => {
    const marks = current.getStore();
    if (marks && marks.requestAt === undefined && isModelRequest(message)) marks.requestAt = performance.now();
  });
}

type Connect = (this: pg.Pool, ...args: unknown[]) => unknown;

/**
 * Times every `pg.Pool#connect` (how Prisma's driver adapter takes a connection for a
 * transaction): the wait for a free connection, or for a new one to open.
 */
function watchPoolWaits() {
  const prototype = pg.Pool.prototype as unknown as { connect: Connect };
  const original = prototype.connect;
  prototype.connect = function (this: pg.Pool, ...args: unknown[]) {
    const marks = current.getStore();
    if (!marks) return original.apply(this, args);
    const started = performance.now();
    const note = () => {
      if (marks.requestAt === undefined) marks.poolWaitMs += performance.now() - started;
    };
    const [callback] = args;
    if (typeof callback === "function") {
      return original.call(this, (...results: unknown[]) => {
        note();
        (callback as (...results: unknown[]) => void)(...results);
      });
    }
    return (original.call(this) as Promise<unknown>).then((client) => {
      note();
      return client;
    });
  };
}

/** Runs one stream with fresh marks in scope; `endAt` is set when `fn` settles. */
export async function withMarks<T>(fn: (marks: Marks) => Promise<T>): Promise<{ marks: Marks; result: T }> {
  watchModelRequests();
  const marks: Marks = { startedAt: performance.now(), poolWaitMs: 0 };
  try {
    const result = await current.run(marks, () => fn(marks));
    return { marks, result };
  } finally {
    marks.endAt = performance.now();
  }
}

/** Records a text token's arrival. */
export function markToken(marks: Marks) {
  const now = performance.now();
  marks.firstTokenAt ??= now;
  marks.lastTokenAt = now;
}
