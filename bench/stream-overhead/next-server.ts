import { spawn } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { createInterface } from "node:readline";

/** The production build the end-to-end suite makes; this bench never builds. */
export const NEXT_DIST_DIR = ".next-e2e";

export type NextServer = {
  url: string;
  pid: number;
  build: { id: string; builtAt: string };
  stop: () => Promise<void>;
};

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no free port");
  return address.port;
}

/** The existing build's id and time, or null when there is none to serve. */
export function existingBuild(): NextServer["build"] | null {
  const file = path.resolve(NEXT_DIST_DIR, "BUILD_ID");
  if (!existsSync(file)) return null;
  return { id: readFileSync(file, "utf8").trim(), builtAt: statSync(file).mtime.toISOString() };
}

/**
 * Starts `scripts/serve.ts` (the app's production server) in a child process on a free port,
 * serving the existing .next-e2e build against the bench database, with this process's secrets
 * (the provider keys were sealed with its ENCRYPTION_KEY). Resolves once it listens.
 */
export async function startNextServer(): Promise<NextServer> {
  const build = existingBuild();
  if (!build) throw new Error(`no ${NEXT_DIST_DIR} build to serve (this bench never runs next build)`);
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    NEXT_DIST_DIR,
    NEXTAUTH_URL: url,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // serve.ts renders React: it must run without the react-server condition this process has.
  delete env.NODE_OPTIONS;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on("line", (line) => {
      if (line.includes("server on http")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`the Next.js server exited (${code ?? "signal"}) before listening`)));
  });
  return {
    url,
    pid: child.pid ?? -1,
    build,
    stop: async () => {
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
