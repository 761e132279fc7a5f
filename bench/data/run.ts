import "./env";
import { parseArgs } from "node:util";
import { ensureBenchData } from "./generate";

async function main() {
  const { values } = parseArgs({
    options: { reset: { type: "boolean", default: false } },
  });
  await ensureBenchData({ reset: values.reset, log: console.log });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
