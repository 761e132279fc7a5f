import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

export type Child = { name: string; pid: number; stop: () => Promise<void> };

/**
 * Starts `script` with tsx and the react-server condition (as `npm run worker` does) in a child
 * process with this process's environment (the bench database, its secrets), and resolves once
 * a line of its output matches `ready`, with that line.
 */
async function startChild(
  name: string,
  script: string,
  args: string[],
  ready: RegExp,
): Promise<Child & { readyLine: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_OPTIONS;
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args], {
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const readyLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on("line", (text) => {
      if (ready.test(text)) resolve(text);
    });
    child.once("exit", (code) => reject(new Error(`${name} exited (${code ?? "signal"}) before it was ready`)));
  });
  return {
    name,
    pid: child.pid ?? -1,
    readyLine,
    stop: async () => {
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** The webhook route in a child process (bench/engine/hook-server.ts); `withWorker` runs a workflow worker in it too. */
export async function startHookServer(withWorker: boolean): Promise<Child & { url: string }> {
  const child = await startChild(
    "hookServer",
    "bench/engine/hook-server.ts",
    withWorker ? ["--worker"] : [],
    /^listening on \d+$/,
  );
  const port = Number(child.readyLine.replace("listening on ", ""));
  return { name: child.name, pid: child.pid, stop: child.stop, url: `http://127.0.0.1:${port}` };
}

/** One `npm run worker` (scripts/worker.ts), as a deployment adds workers. */
export async function startWorkerProcess(no: number): Promise<Child> {
  const child = await startChild(`worker${no}`, "scripts/worker.ts", [], /^Workflow worker .* running/);
  return { name: child.name, pid: child.pid, stop: child.stop };
}
