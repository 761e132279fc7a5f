import pg from "pg";

export type CapturedQuery = {
  text: string;
  values: unknown[];
  /** The `set_config(...)` statement that opened this query's transaction: its tenant and user. */
  settings: { text: string; values: unknown[] } | null;
};

const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/i;
const isSettings = (text: string) => text.includes("set_config('app.organization_id'");

function textAndValues(args: unknown[]): { text: string; values: unknown[] } | null {
  const [first, second] = args;
  if (typeof first === "string") return { text: first, values: Array.isArray(second) ? second : [] };
  if (first && typeof first === "object" && "text" in first && typeof first.text === "string") {
    const values =
      "values" in first && Array.isArray(first.values) ? first.values : Array.isArray(second) ? second : [];
    return { text: first.text, values };
  }
  return null;
}

/**
 * Runs `fn` while recording every statement the app's pg connections send (Prisma's driver
 * adapter sits on node-postgres), each with the tenant settings of its transaction: the
 * exact SQL and parameters a procedure issues, ready to EXPLAIN.
 */
export async function captureQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: CapturedQuery[] }> {
  const queries: CapturedQuery[] = [];
  const settingsOf = new WeakMap<pg.Client, CapturedQuery["settings"]>();
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const query = textAndValues(args);
    if (query && isSettings(query.text)) settingsOf.set(this, query);
    else if (query && !TRANSACTION_CONTROL.test(query.text)) {
      queries.push({ ...query, settings: settingsOf.get(this) ?? null });
    }
    return original.apply(this, args);
  };
  try {
    return { result: await fn(), queries };
  } finally {
    prototype.query = original;
  }
}
