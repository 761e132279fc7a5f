import { sqlOf } from "../shared/sql-text";
import { AsyncLocalStorage } from "node:async_hooks";
import pg from "pg";

/** Who sent a statement: the code under `withSide(side, …)`, or "worker" (the queue's own loop). */
const sideStorage = new AsyncLocalStorage<string>();

export function withSide<T>(side: string, fn: () => Promise<T>): Promise<T> {
  return sideStorage.run(side, fn);
}

export type Statement = {
  /** performance.now() when sent and when answered. */
  at: number;
  done: number;
  sql: string;
  /** The role of the connection: switchboard_app (the app, under RLS) or the owner (the queue). */
  role: string;
  /** A number per pg connection, to split each connection's statements into transactions. */
  connection: number;
  side: string;
};

export type Transaction = { label: string; connection: number; side: string; statements: Statement[] };

/** The transactions that write a run's steps. */
export const STEP_LABELS = new Set(["step start", "step finish", "step (one commit)"]);

/**
 * Records every statement any pg connection of this process sends (Prisma's driver adapter and
 * graphile-worker both sit on node-postgres) until `stop`, with its timing, role and side.
 */
export function startTrace(): { stop: () => Statement[] } {
  const sent: Statement[] = [];
  const ids = new WeakMap<object, number>();
  let connections = 0;
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function (this: pg.Client & { user?: string }, ...args: unknown[]) {
    if (!ids.has(this)) ids.set(this, (connections += 1));
    const entry: Statement = {
      at: performance.now(),
      done: Number.NaN,
      sql: sqlOf(args),
      role: this.user ?? "unknown",
      connection: ids.get(this) as number,
      side: sideStorage.getStore() ?? "worker",
    };
    sent.push(entry);
    // pg.Pool#query passes a callback (and gets no promise back).
    const callback = args.at(-1);
    if (typeof callback === "function") {
      args[args.length - 1] = (...results: unknown[]) => {
        entry.done = performance.now();
        return (callback as (...r: unknown[]) => unknown)(...results);
      };
    }
    const result = original.apply(this, args);
    if (result instanceof Promise) {
      void result.then(
        () => (entry.done = performance.now()),
        () => (entry.done = performance.now()),
      );
    }
    return result;
  };
  return {
    stop: () => {
      prototype.query = original;
      return sent;
    },
  };
}

/** What a transaction (or a lone statement) does, from the statements in it. */
function labelOf(statements: Statement[]): string {
  const all = statements.map((s) => s.sql).join(" ; ");
  if (!/^BEGIN/i.test(statements[0]?.sql ?? "")) {
    const queue = /graphile_worker\.(\w+)|"?graphile_worker"?\."?(\w+)"?/i.exec(all);
    if (queue) return `queue: ${queue[1] ?? queue[2]}`;
    if (/^LISTEN/i.test(all)) return "listen";
    // A step's result, events and token totals in one autocommit call.
    if (/^SELECT workflow_commit_step\(/i.test(all)) return "step (one commit)";
    return `statement: ${all.slice(0, 40)}`;
  }
  if (/FROM workflow_runs WHERE id = \$1 FOR UPDATE/i.test(all)) return "claim run";
  if (/INSERT INTO "public"\."workflow_runs"/i.test(all)) return "create run";
  if (/INSERT INTO "public"\."workflow_steps"/i.test(all)) {
    // Written once when done (the step.started and step.finished events together), or first as running.
    const events = statements.filter((s) => /^INSERT INTO workflow_events/i.test(s.sql)).length;
    return events > 1 ? "step (one commit)" : "step start";
  }
  if (/UPDATE "public"\."workflow_steps"/i.test(all)) return "step finish";
  if (/UPDATE "public"\."workflow_runs" SET "status"/i.test(all)) return "finish run";
  if (/UPDATE "public"\."workflow_runs" SET "lease_owner"/i.test(all)) return "release lease";
  if (/SELECT .* FROM "public"\."workflow_steps"/i.test(all)) return "load steps";
  if (/FROM workflows WHERE id =/i.test(all)) return "resolve webhook";
  if (/FROM "public"\."workflow_versions"/i.test(all)) return "read version";
  if (/SELECT .* FROM "public"\."workflow_runs"/i.test(all)) return "read run";
  return "other";
}

/**
 * Splits the statements into transactions, connection by connection (BEGIN through COMMIT or
 * ROLLBACK; a statement outside one stands alone), in the order they started.
 */
export function transactionsOf(statements: Statement[]): Transaction[] {
  const open = new Map<number, Statement[]>();
  const groups: Statement[][] = [];
  for (const s of statements) {
    const current = open.get(s.connection);
    if (/^BEGIN/i.test(s.sql)) {
      const group = [s];
      groups.push(group);
      open.set(s.connection, group);
    } else if (current) {
      current.push(s);
      if (/^(COMMIT|ROLLBACK)/i.test(s.sql)) open.delete(s.connection);
    } else {
      groups.push([s]);
    }
  }
  return groups.map((group) => ({
    label: labelOf(group),
    connection: group[0]!.connection,
    side: group[0]!.side,
    statements: group,
  }));
}

/** The first words of a statement, enough to tell kinds apart in a table. */
export function statementKind(sql: string): string {
  if (/^(BEGIN|COMMIT|ROLLBACK)/i.test(sql)) return sql.split(" ")[0]!.toUpperCase();
  if (/set_config\('app\.organization_id'/i.test(sql)) return "set_config (tenant)";
  if (/pg_notify/i.test(sql)) return "pg_notify";
  if (/pg_advisory_xact_lock/i.test(sql)) return "pg_advisory_xact_lock";
  if (/INSERT INTO workflow_events/i.test(sql)) return "INSERT workflow_events";
  const prisma = /^(INSERT INTO|UPDATE|DELETE FROM|SELECT .*? FROM) "public"\."(\w+)"/i.exec(sql);
  if (prisma) return `${prisma[1]!.split(" ")[0]!.toUpperCase()} ${prisma[2]}`;
  const raw = /^(SELECT|UPDATE|INSERT|DELETE)\b.*?\b(?:FROM|INTO|UPDATE)?\s*(workflow_\w+)/i.exec(sql);
  if (raw) return `${raw[1]!.toUpperCase()} ${raw[2]} (raw)`;
  const queue = /graphile_worker\.(\w+)/i.exec(sql);
  if (queue) return `queue: ${queue[1]}`;
  return sql.slice(0, 40);
}
