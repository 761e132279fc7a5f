import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "../env";
import { dbContextStorage, type DbContext } from "./context";
import { PrismaClient } from "./generated/client";
import { tenantScope } from "./tenant-scope";

function createClient(connectionString: string) {
  const adapter = new PrismaPg({ connectionString, max: env().APP_DATABASE_POOL_SIZE });
  return new PrismaClient({ adapter }).$extends(tenantScope);
}

type AppClient = ReturnType<typeof createClient>;

/** A transaction with the tenant already set; the only handle services get. */
export type Db = Parameters<Parameters<AppClient["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { switchboardDb?: AppClient };

/** One client per process (kept on globalThis so dev hot reloads do not open new pools). */
function client(): AppClient {
  globalForDb.switchboardDb ??= createClient(env().appDatabaseUrl);
  return globalForDb.switchboardDb;
}

/**
 * Runs `fn` in one transaction whose tenant and user are set with
 * `set_config(..., true)`, so they vanish at commit and a pooled connection never carries
 * them to the next request. Every query inside is scoped twice: by the Prisma extension and
 * by row-level security.
 */
export function withDb<T>(ctx: DbContext, fn: (db: Db) => Promise<T>, options?: { timeoutMs?: number }): Promise<T> {
  return dbContextStorage.run(ctx, () =>
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
}

/** Closes the pool (scripts and tests). */
export async function disconnectDb(): Promise<void> {
  await globalForDb.switchboardDb?.$disconnect();
  globalForDb.switchboardDb = undefined;
}
