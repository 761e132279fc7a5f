import pg from "pg";
import { APP_DATABASE_ROLE } from "../env";
import { applyMigrations } from "./migrations";

/** Creates the database named in `adminUrl` if the server does not have it yet. */
export async function ensureDatabase(adminUrl: string): Promise<void> {
  const url = new URL(adminUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/** Gives the app role a password (needed where the server does not trust local connections). */
export async function setAppRolePassword(adminUrl: string, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(
      `ALTER ROLE ${pg.escapeIdentifier(APP_DATABASE_ROLE)} WITH LOGIN PASSWORD ${pg.escapeLiteral(password)}`,
    );
  } finally {
    await client.end();
  }
}

/** The app-role connection string for a database reached as `adminUrl`. */
export function appRoleUrl(adminUrl: string, password?: string): string {
  const url = new URL(adminUrl);
  url.username = APP_DATABASE_ROLE;
  url.password = password ? encodeURIComponent(password) : "";
  return url.toString();
}

/** Database present, migrations applied, app role able to log in. */
export async function prepareDatabase(
  adminUrl: string,
  options: { appRolePassword?: string; log?: (message: string) => void } = {},
): Promise<void> {
  await ensureDatabase(adminUrl);
  const { applied } = await applyMigrations(adminUrl, { log: options.log });
  if (applied.length > 0) options.log?.(`applied ${applied.length} migration(s): ${applied.join(", ")}`);
  if (options.appRolePassword) await setAppRolePassword(adminUrl, options.appRolePassword);
}
