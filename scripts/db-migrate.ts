/** `npm run db:migrate`: applies pending prisma/migrations to DATABASE_URL (like `prisma migrate deploy`). */
import { applyMigrations } from "../server/db/migrations";

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    throw new Error(
      "DATABASE_URL is not set: export the PostgreSQL connection string to migrate, e.g. DATABASE_URL=postgres://user@host:5432/db",
    );
  }
  const { applied } = await applyMigrations(databaseUrl, { log: console.log });
  if (applied.length === 0) console.log("No pending migrations to apply.");
  else console.log(`Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join("\n")}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
