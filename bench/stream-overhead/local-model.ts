import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";

export type LocalModel = { url: string; pid: number; stop: () => Promise<void> };

/** Starts model-server.ts in a child Node process (with tsx) and waits for its URL. */
export async function startLocalModel(): Promise<LocalModel> {
  const entry = path.resolve(import.meta.dirname, "model-server.ts");
  const child = spawn(process.execPath, ["--import", "tsx", entry], { stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once("line", (line) => {
      const parsed: unknown = JSON.parse(line);
      if (typeof parsed === "object" && parsed !== null && "url" in parsed && typeof parsed.url === "string") {
        resolve(parsed.url);
      } else reject(new Error(`the model server said ${line}`));
    });
    child.once("exit", (code) => reject(new Error(`the model server exited (${code ?? "signal"}) before listening`)));
  });
  return {
    url,
    pid: child.pid ?? -1,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
