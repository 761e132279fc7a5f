import { readdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// Kept apart from migrations.ts (and its WebAssembly engine) so the health route stays light,
// and statically scoped to prisma/migrations so Next traces only that folder into the build.
const DEFAULT_DIR = path.join(process.cwd(), "prisma", "migrations");

function errorCode(err: unknown): string | undefined {
  return typeof err === "object" && err !== null && "code" in err ? String((err as { code: unknown }).code) : undefined;
}

/** Migration folder names in the order the Prisma CLI (and the engine) applies them. */
export async function listMigrationFolders(dir: string = DEFAULT_DIR): Promise<string[]> {
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true }).catch((err: unknown) => {
    if (errorCode(err) === "ENOENT") return [];
    throw err;
  });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b));
}

async function appliedMigrations(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    return rows.map((r) => r.migration_name);
  } catch (err) {
    if (errorCode(err) === "42P01") return []; // undefined_table: never migrated
    throw err;
  } finally {
    await client.end();
  }
}

/**
 * Names of migration folders not yet applied (no finished, non-rolled-back row in
 * `_prisma_migrations`). Cheap (one query, no engine) so the health check can call it.
 * `source` is either a database URL (a missing table means everything is pending), or the
 * already-fetched names of applied migrations, for callers that query with their own role.
 */
export async function pendingMigrations(
  source: string | readonly string[],
  opts: { migrationsDir?: string } = {},
): Promise<string[]> {
  const names = await listMigrationFolders(
    opts.migrationsDir ? path.resolve(/*turbopackIgnore: true*/ opts.migrationsDir) : DEFAULT_DIR,
  );
  const applied = new Set(typeof source === "string" ? await appliedMigrations(source) : source);
  return names.filter((n) => !applied.has(n));
}
