/**
 * The server Playwright tests run against: a fresh migrated database (embedded unless
 * DATABASE_URL is set), a production build, `next start` on E2E_PORT. Dropped on exit.
 */
import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createFreshDatabase } from "../server/db/fresh-database";

const port = process.env.E2E_PORT ?? "3100";
const E2E_DATABASE_RECORD = ".data/e2e/database.json";

async function main() {
  const database = await createFreshDatabase({
    prefix: "switchboard_e2e",
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: ".data/e2e",
  });
  // Playwright's global teardown drops the database from this record even if this process is
  // killed before it can clean up.
  await mkdir(path.dirname(E2E_DATABASE_RECORD), { recursive: true });
  await writeFile(E2E_DATABASE_RECORD, JSON.stringify({ adminUrl: database.adminUrl }));
  const env = {
    ...process.env,
    DATABASE_URL: database.adminUrl,
    APP_DATABASE_URL: database.appUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || "e2e-secret-that-is-at-least-32-characters-long",
    // A fixed test key (32 bytes): e2e data is thrown away after the run.
    ENCRYPTION_KEY: process.env.ENCRYPTION_KEY || Buffer.alloc(32, 7).toString("base64"),
    NEXTAUTH_URL: `http://localhost:${port}`,
    DEV_MAILBOX: "on",
    // Every spec signs up from the same address.
    SIGN_UPS_PER_IP_PER_HOUR: "1000",
    SMTP_URL: "",
  };
  const server = spawn("npx", ["tsx", "scripts/serve.ts"], { stdio: "inherit", env: { ...env, PORT: port } });
  // Runs started from the browser need a workflow worker, as in the demo.
  Object.assign(process.env, env);
  const worker = await (await import("../server/workflow/worker")).startWorkflowWorker();
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.kill("SIGTERM");
    await worker.stop().catch(() => undefined);
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
