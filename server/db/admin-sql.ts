import pg from "pg";

/** The same server and credentials as `url`, another database. */
export function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${encodeURIComponent(database)}`;
  return next.toString();
}

/** The database a connection string names (`postgres` when it names none). */
export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres";
}

/** Runs one statement on its own short-lived connection (CREATE/DROP DATABASE cannot run in a pool's transaction). */
export async function adminQuery<T extends pg.QueryResultRow = pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Drops the database `adminUrl` names, disconnecting whoever is still on it. */
export async function dropDatabase(adminUrl: string): Promise<void> {
  const name = databaseName(adminUrl);
  await adminQuery(
    withDatabase(adminUrl, "postgres"),
    `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`,
  );
}
