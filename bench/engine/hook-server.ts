/**
 * The webhook route served alone: a bare node:http server that hands `POST /api/hooks/<workflow>/
 * <secret>` to the route handler's own `POST` (app/api/hooks/[workflowId]/[secret]/route.ts) as
 * a web Request, in this process, with no Next.js around it. Started by the bench in a child
 * process (`--worker` also runs a workflow worker in it, as the demo server does); prints
 * `listening on <port>` once it listens. Stops cleanly on SIGTERM.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { POST } from "@/app/api/hooks/[workflowId]/[secret]/route";
import { disconnectDb } from "@/server/db/client";
import { closeQueue } from "@/server/workflow/queue";
import { startWorkflowWorker, type WorkflowWorker } from "@/server/workflow/worker";

const HOOK_PATH = /^\/api\/hooks\/([^/?]+)\/([^/?]+)(?:\?|$)/;

async function main() {
  const worker: WorkflowWorker | null = process.argv.includes("--worker")
    ? await startWorkflowWorker({ workerId: `bench-server-${process.pid}` })
    : null;
  const server = createServer((req, res) => {
    const match = HOOK_PATH.exec(req.url ?? "");
    if (req.method !== "POST" || !match) {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === "string") headers.set(name, value);
        else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
      }
      // As scripts/serve.ts does: the client address comes from the socket.
      headers.set("x-forwarded-for", req.socket.remoteAddress ?? "unknown");
      const request = new Request(`http://127.0.0.1${req.url}`, {
        method: "POST",
        headers,
        body: Buffer.concat(chunks),
      });
      const params = Promise.resolve({
        workflowId: decodeURIComponent(match[1] as string),
        secret: decodeURIComponent(match[2] as string),
      });
      POST(request, { params })
        .then(async (response) => {
          const body = Buffer.from(await response.arrayBuffer());
          res.writeHead(response.status, Object.fromEntries(response.headers)).end(body);
        })
        .catch((error: unknown) => {
          console.error(error);
          res.writeHead(500).end();
        });
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  console.log(`listening on ${(server.address() as AddressInfo).port}`);
  process.on("SIGTERM", () => {
    server.close();
    server.closeAllConnections();
    void (async () => {
      await worker?.stop();
      await closeQueue();
      await disconnectDb();
      process.exit(0);
    })();
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
