/**
 * Child-process entry: the repo's local OpenAI-compatible server (test/openai-server.ts), in
 * its own process so its event loop and CPU are not the app's. Prints `{"url": ...}` once it
 * listens; stops on SIGTERM.
 */
import { startOpenAIServer } from "@/test/openai-server";
import { MODEL, TOKEN_DELAY_MS } from "./config";

async function main() {
  const server = await startOpenAIServer({ apiKey: MODEL.apiKey, models: [MODEL.id], tokenDelayMs: TOKEN_DELAY_MS });
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
  process.once("SIGTERM", () => {
    void server.close().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
