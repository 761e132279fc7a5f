import { randomBytes } from "node:crypto";
import { adminQuery, dropDatabase, withDatabase } from "./admin-sql";
import { appRoleUrl, prepareDatabase } from "./bootstrap";
import { readOrCreateSecrets, startEmbeddedPostgres } from "./embedded";

export type FreshDatabase = { adminUrl: string; appUrl: string; drop: () => Promise<void> };

const STALE_AFTER_MS = 2 * 60 * 60 * 1000;

/**
 * Drops databases an earlier run of the same kind left behind (a killed run cannot clean up
 * after itself). Only names `<prefix>_<timestamp>_<hex>` older than two hours, so a run in
 * progress elsewhere on the same server is never touched.
 */
async function dropStaleDatabases(serverUrl: string, prefix: string) {
  const rows = await adminQuery<{ datname: string }>(
    withDatabase(serverUrl, "postgres"),
    "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
    [`${prefix}_`],
  );
  for (const { datname } of rows) {
    const stamp = Number(datname.slice(prefix.length + 1).split("_")[0]);
    if (Number.isFinite(stamp) && Date.now() - stamp > STALE_AFTER_MS) {
      await dropDatabase(withDatabase(serverUrl, datname));
    }
  }
}

/**
 * A brand-new, migrated database for one test run: on `DATABASE_URL`'s server when set,
 * else on an embedded PostgreSQL under `dataDir`. `drop()` removes it (and stops the
 * embedded server).
 */
export async function createFreshDatabase(options: {
  prefix: string;
  databaseUrl?: string;
  dataDir: string;
}): Promise<FreshDatabase> {
  const name = `${options.prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const secrets = await readOrCreateSecrets(options.dataDir);
  // Test clusters are throw-away: a server a killed run left behind is stopped, not feared.
  const embedded = options.databaseUrl
    ? null
    : await startEmbeddedPostgres(options.dataDir, secrets, { takeOverStale: true });
  const serverUrl = options.databaseUrl ?? embedded?.adminUrl("postgres");
  if (!serverUrl) throw new Error("no PostgreSQL server to create the database on");
  await dropStaleDatabases(serverUrl, options.prefix);
  const adminUrl = withDatabase(serverUrl, name);
  const appPassword = embedded ? secrets.appDatabasePassword : undefined;
  await prepareDatabase(adminUrl, { appRolePassword: appPassword });
  return {
    adminUrl,
    appUrl: appRoleUrl(adminUrl, appPassword),
    drop: async () => {
      await dropDatabase(adminUrl);
      await embedded?.stop();
    },
  };
}
