import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { env } from "../env";
import { invalidateConfigCache } from "./config-cache";
import { dbContextStorage, type DbContext } from "./context";
import { PrismaClient } from "./generated/client";
import { tenantScope } from "./tenant-scope";

function createClient(pool: pg.Pool) {
  return new PrismaClient({ adapter: new PrismaPg(pool) }).$extends(tenantScope);
}

type AppClient = ReturnType<typeof createClient>;

/** A transaction with the tenant already set; the only handle services get. */
export type Db = Parameters<Parameters<AppClient["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { switchboardDb?: AppClient; switchboardPool?: pg.Pool };

/** One pool per process, shared by Prisma and `callSql` (kept on globalThis so dev hot reloads do not open new pools). */
function pool(): pg.Pool {
  if (!globalForDb.switchboardPool) {
    const created = new pg.Pool({ connectionString: env().appDatabaseUrl, max: env().APP_DATABASE_POOL_SIZE });
    // An idle connection the server drops (a restart, a failover) is an error event on the pool:
    // unheard, it would end the process. The pool replaces the connection on the next query.
    created.on("error", (error) => console.error("database connection lost (idle):", error.message));
    globalForDb.switchboardPool = created;
  }
  return globalForDb.switchboardPool;
}

function client(): AppClient {
  globalForDb.switchboardDb ??= createClient(pool());
  return globalForDb.switchboardDb;
}

/**
 * One statement on the app's pool, outside any transaction: it is its own. For SQL functions
 * that set the agency themselves (`set_config(..., true)`, as withDb does) and do a unit of
 * work in one round trip, such as `workflow_commit_step`. Row-level security applies as usual.
 */
export async function callSql<Row extends pg.QueryResultRow = pg.QueryResultRow>(
  text: string,
  values: unknown[],
): Promise<Row[]> {
  return (await pool().query<Row>(text, values)).rows;
}

/**
 * Runs `fn` in one transaction whose tenant and user are set with
 * `set_config(..., true)`, so they vanish at commit and a pooled connection never carries
 * them to the next request. Every query inside is scoped twice: by the Prisma extension and
 * by row-level security.
 */
export async function withDb<T>(
  ctx: DbContext,
  fn: (db: Db) => Promise<T>,
  options?: { timeoutMs?: number },
): Promise<T> {
  const unit: DbContext = { ...ctx, wroteConfig: false };
  const result = await dbContextStorage.run(unit, () =>
    client().$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT
          set_config('app.organization_id', ${ctx.organizationId ?? ""}, true),
          set_config('app.user_id', ${ctx.userId ?? ""}, true),
          set_config('app.login_email', ${ctx.loginEmail?.toLowerCase() ?? ""}, true),
          set_config('app.invitation_token_hash', ${ctx.invitationTokenHash ?? ""}, true),
          set_config('app.webhook_workflow_id', ${ctx.webhookWorkflowId ?? ""}, true),
          set_config('app.workflow_sweeper', ${ctx.workflowSweeper ? "on" : ""}, true)`;
        return fn(tx);
      },
      { timeout: options?.timeoutMs ?? 15_000, maxWait: 10_000 },
    ),
  );
  // This process sees its own configuration change at once; others hear the NOTIFY.
  if (unit.wroteConfig) invalidateConfigCache();
  return result;
}

/** Closes the pool (scripts and tests). */
export async function disconnectDb(): Promise<void> {
  await globalForDb.switchboardDb?.$disconnect();
  globalForDb.switchboardDb = undefined;
  await globalForDb.switchboardPool?.end().catch(() => undefined);
  globalForDb.switchboardPool = undefined;
}
