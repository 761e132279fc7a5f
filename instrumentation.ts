/**
 * Runs once when a Next.js server process starts. Validating the environment here makes a
 * missing or malformed variable stop the server at boot, with a message naming it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./server/boot");
}
