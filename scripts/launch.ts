/**
 * `npm run demo | start | dev`: database first (embedded PostgreSQL unless DATABASE_URL is
 * set), migrations, then Next.js. `demo` also seeds the demo agencies and builds.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { openLocalDatabase } from "../server/db/local-database";

type Mode = "demo" | "start" | "dev";
const mode = process.argv[2] as Mode;
if (!["demo", "start", "dev"].includes(mode)) {
  console.error("usage: tsx scripts/launch.ts <demo|start|dev>");
  process.exit(2);
}

// Next.js would otherwise report anonymous usage to its servers; Switchboard phones nobody.
process.env.NEXT_TELEMETRY_DISABLED = "1";

const log = (message: string) => console.log(`[switchboard] ${message}`);
const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a number between 1 and 65535, got "${process.env.PORT}"`);
  process.exit(2);
}
const dataDir = process.env.DATA_DIR || ".data";

function run(command: string, args: string[]): ChildProcess {
  return spawn(command, args, { stdio: "inherit", env: process.env });
}

function waitFor(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) =>
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${child.spawnargs.join(" ")} exited with ${code}`)),
    ),
  );
}

async function waitForHealth(url: string, timeoutMs = 60_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

let stopDatabase: () => Promise<void> = async () => undefined;

/** Fails early and clearly when the port is taken (else an old server could answer for us). */
function assertPortFree(portNumber: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", () =>
      reject(new Error(`Port ${portNumber} is already in use. Stop whatever is using it or set PORT to another port.`)),
    );
    probe.listen(portNumber, () => probe.close(() => resolve()));
  });
}

async function main() {
  await assertPortFree(port);
  const db = await openLocalDatabase({
    dataDir,
    databaseUrl: process.env.DATABASE_URL || undefined,
    appDatabaseUrl: process.env.APP_DATABASE_URL || undefined,
    log,
  });
  stopDatabase = db.stop;
  const baseUrl = `http://localhost:${port}`;
  Object.assign(process.env, {
    DATABASE_URL: db.adminUrl,
    APP_DATABASE_URL: db.appUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || db.secrets.nextAuthSecret,
    ENCRYPTION_KEY: process.env.ENCRYPTION_KEY || db.secrets.encryptionKey,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || baseUrl,
    PORT: String(port),
  });
  if (mode === "demo" && !process.env.SMTP_URL) process.env.DEV_MAILBOX ||= "on";

  if (mode === "demo") {
    const { seedDemo } = await import("../server/services/demo/seed");
    await seedDemo(db.secrets.demoPassword, log);
    if (process.env.SKIP_BUILD !== "1") await waitFor(run("npx", ["next", "build"]));
  }
  if (mode !== "dev" && !existsSync(".next/BUILD_ID")) {
    console.error("No production build found. Run `npm run build` first (or `npm run demo`, which builds).");
    process.exit(1);
  }

  const server = run("npx", ["tsx", "scripts/serve.ts", ...(mode === "dev" ? ["--dev"] : [])]);
  // The demo runs its workflow worker here, in-process; `npm run worker` adds more anywhere.
  const worker =
    process.env.WORKFLOW_WORKER === "off"
      ? null
      : await (await import("../server/workflow/worker")).startWorkflowWorker();
  const shutdown = async (code: number) => {
    server.kill("SIGTERM");
    await worker?.stop().catch(() => undefined);
    await db.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  server.on("exit", (code) => void shutdown(code ?? 0));

  if (await waitForHealth(`${baseUrl}/api/health`)) {
    const lines = [`Switchboard is running at ${baseUrl}`];
    if (db.embedded) lines.push(`Database: embedded PostgreSQL in ${dataDir}/postgres`);
    if (mode === "demo") {
      const { DEMO_AGENCIES } = await import("../server/services/demo/seed");
      lines.push("", "Demo sign-ins (password for all: " + db.secrets.demoPassword + ")");
      for (const agency of DEMO_AGENCIES) {
        for (const person of agency.people)
          lines.push(`  ${agency.name.padEnd(20)} ${person.role.padEnd(7)} ${person.email}`);
      }
      lines.push("", `Dev mailbox (invitation emails): ${baseUrl}/dev/mailbox`);
    }
    console.log(`\n${lines.join("\n")}\n`);
  } else {
    log(`the server did not answer ${baseUrl}/api/health within 60 s; see the log above`);
  }
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await stopDatabase().catch(() => undefined);
  process.exit(1);
});
