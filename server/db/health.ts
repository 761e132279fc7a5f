import { Pool } from "pg";
import { env } from "../env";
import { pendingMigrations } from "./migration-status";

export type Health = { status: "ok"; database: "ok"; migrations: number } | { status: "error"; reason: string };

/**
 * Database reachable (as the app role) and every migration in the folder applied. Uses a
 * short-lived connection so a broken pool cannot make the check lie.
 */
export async function checkHealth(connectionString: string = env().appDatabaseUrl): Promise<Health> {
  const pool = new Pool({ connectionString, max: 1, connectionTimeoutMillis: 3000 });
  try {
    const applied = await pool.query<{ name: string }>(
      "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const pending = await pendingMigrations(applied.rows.map((row) => row.name));
    if (pending.length > 0)
      return { status: "error", reason: `database is not migrated: pending ${pending.join(", ")}` };
    return { status: "ok", database: "ok", migrations: applied.rowCount ?? 0 };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: "error", reason: `database unreachable or not migrated: ${message}` };
  } finally {
    await pool.end().catch(() => undefined);
  }
}
