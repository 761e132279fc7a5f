/**
 * `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with
 * the SQL that takes the migrations folder to prisma/schema.prisma (like
 * `prisma migrate dev --create-only`). DATABASE_URL's server hosts the temporary shadow database.
 */
import { createMigration } from "../server/db/migrations";

const USAGE = "Usage: npm run db:migration -- <name>   (name: lowercase letters, digits, _ or -, e.g. add_invoices)";

async function main() {
  const name = process.argv[2];
  if (!name || process.argv.length > 3 || !/^[a-z0-9_-]+$/.test(name)) throw new Error(USAGE);
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    throw new Error("DATABASE_URL is not set: a PostgreSQL server is needed for the temporary shadow database.");
  }
  await createMigration(name, { databaseUrl, log: console.log });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
