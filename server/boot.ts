import { env } from "./env";

// Next.js logs an error thrown from instrumentation and keeps serving; a server with a bad
// configuration must not come up at all.
try {
  env();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// Uploads staged by a process that died mid-request would otherwise stay on disk forever.
void import("./services/assets/stage-upload")
  .then(({ sweepStagedUploads }) => sweepStagedUploads())
  .catch((error: unknown) => console.error("sweeping staged uploads failed:", error));
