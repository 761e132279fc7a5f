/** `npm run db:seed`: the demo agencies, into DATABASE_URL (or the embedded database). */
import { openLocalDatabase } from "../server/db/local-database";

async function main() {
  const db = await openLocalDatabase({
    dataDir: process.env.DATA_DIR || ".data",
    databaseUrl: process.env.DATABASE_URL || undefined,
    appDatabaseUrl: process.env.APP_DATABASE_URL || undefined,
    log: console.log,
  });
  process.env.DATABASE_URL = db.adminUrl;
  process.env.APP_DATABASE_URL = db.appUrl;
  process.env.NEXTAUTH_SECRET ||= db.secrets.nextAuthSecret;
  process.env.ENCRYPTION_KEY ||= db.secrets.encryptionKey;
  const { seedDemo } = await import("../server/services/demo/seed");
  const { disconnectDb } = await import("../server/db/client");
  await seedDemo(db.secrets.demoPassword, console.log);
  console.log(`Demo password: ${db.secrets.demoPassword}`);
  await disconnectDb();
  await db.stop();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
