import { prepareDatabase, appRoleUrl } from "./bootstrap";
import { readOrCreateSecrets, startEmbeddedPostgres, type LocalSecrets } from "./embedded";

export type LocalDatabase = {
  /** Owner/superuser connection: migrations and seeds. */
  adminUrl: string;
  /** The `switchboard_app` connection the app runs as (RLS applies). */
  appUrl: string;
  embedded: boolean;
  secrets: LocalSecrets;
  stop: () => Promise<void>;
};

/**
 * The database a command should use: `DATABASE_URL` when set (its server must already
 * exist), otherwise an embedded PostgreSQL under `dataDir`. Either way it is migrated and
 * the app role can log in before this returns.
 */
export async function openLocalDatabase(options: {
  dataDir: string;
  databaseUrl?: string;
  appDatabaseUrl?: string;
  databaseName?: string;
  log?: (message: string) => void;
}): Promise<LocalDatabase> {
  const secrets = await readOrCreateSecrets(options.dataDir);
  if (options.databaseUrl) {
    await prepareDatabase(options.databaseUrl, { log: options.log });
    return {
      adminUrl: options.databaseUrl,
      appUrl: options.appDatabaseUrl ?? appRoleUrl(options.databaseUrl),
      embedded: false,
      secrets,
      stop: async () => undefined,
    };
  }
  options.log?.(`starting embedded PostgreSQL in ${options.dataDir}/postgres`);
  const server = await startEmbeddedPostgres(options.dataDir, secrets);
  const adminUrl = server.adminUrl(options.databaseName ?? "switchboard");
  await prepareDatabase(adminUrl, { appRolePassword: secrets.appDatabasePassword, log: options.log });
  return {
    adminUrl,
    appUrl: appRoleUrl(adminUrl, secrets.appDatabasePassword),
    embedded: true,
    secrets,
    stop: server.stop,
  };
}
