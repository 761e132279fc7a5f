import pg from "pg";
import { APP_DATABASE_ROLE, deriveAppDatabaseUrl } from "../env";
import { adminQuery } from "./admin-sql";
import { applyMigrations } from "./migrations";

/** Gives the app role a password (needed where the server does not trust local connections). */
export async function setAppRolePassword(adminUrl: string, password: string): Promise<void> {
  await adminQuery(
    adminUrl,
    `ALTER ROLE ${pg.escapeIdentifier(APP_DATABASE_ROLE)} WITH LOGIN PASSWORD ${pg.escapeLiteral(password)}`,
  );
}

/** The app-role connection string for a database reached as `adminUrl`. */
export function appRoleUrl(adminUrl: string, password?: string): string {
  const url = new URL(deriveAppDatabaseUrl(adminUrl));
  if (password) url.password = encodeURIComponent(password);
  return url.toString();
}

/** Database present (created by applyMigrations if missing), migrated, app role able to log in. */
export async function prepareDatabase(
  adminUrl: string,
  options: { appRolePassword?: string; log?: (message: string) => void } = {},
): Promise<void> {
  const { applied } = await applyMigrations(adminUrl, { log: options.log });
  if (applied.length > 0) options.log?.(`applied ${applied.length} migration(s): ${applied.join(", ")}`);
  if (options.appRolePassword) await setAppRolePassword(adminUrl, options.appRolePassword);
}
