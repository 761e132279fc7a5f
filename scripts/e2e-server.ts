/**
 * The server Playwright tests run against: a fresh migrated database (embedded unless
 * DATABASE_URL is set), a production build, `next start` on E2E_PORT. Dropped on exit.
 */
import { spawn } from "node:child_process";
import { createFreshDatabase } from "../server/db/fresh-database";

const port = process.env.E2E_PORT ?? "3100";

async function main() {
  const database = await createFreshDatabase({
    prefix: "switchboard_e2e",
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: ".data/e2e",
  });
  const env = {
    ...process.env,
    DATABASE_URL: database.adminUrl,
    APP_DATABASE_URL: database.appUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || "e2e-secret-that-is-at-least-32-characters-long",
    NEXTAUTH_URL: `http://localhost:${port}`,
    DEV_MAILBOX: "on",
    SMTP_URL: "",
  };
  const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env });
  const stop = async () => {
    server.kill("SIGTERM");
    await database.drop().catch((error: unknown) => console.error(error));
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  server.on("exit", () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
