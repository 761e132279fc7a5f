/**
 * The HTTP server in front of Next.js (`next start` / `next dev` plus one rule): the client
 * address comes from the socket unless TRUST_PROXY=true. `next start` keeps any
 * X-Forwarded-For a client sends, which would let anyone pick the address that rate limits
 * and audit events see. Run without the react-server condition: this process renders React.
 */
import { createServer } from "node:http";
import next from "next";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const trustProxy = process.env.TRUST_PROXY === "true";

async function main() {
  const app = next({ dev, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    // Behind a trusted proxy its X-Forwarded-For stands; otherwise only the socket counts.
    if (!trustProxy) req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "unknown";
    void handle(req, res);
  });
  server.on("error", (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === "EADDRINUSE"
        ? `Port ${port} is already in use. Stop whatever is using it or set PORT to another port.`
        : error.message,
    );
    process.exit(1);
  });
  server.listen(port, () => console.log(`▲ Next.js ${dev ? "dev" : "production"} server on http://localhost:${port}`));
  const close = () => server.close(() => process.exit(0));
  process.on("SIGTERM", close);
  process.on("SIGINT", close);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
