import pg from "pg";
import { dropDatabase } from "@/server/db/admin-sql";
import { prepareDatabase } from "@/server/db/bootstrap";
import { adminUrl, EXPECTED } from "./config";
import { loadBenchData } from "./load-sql";

type Log = (message: string) => void;
type Counts = Record<keyof typeof EXPECTED, number>;

async function countRows(client: pg.Client): Promise<Counts> {
  const { rows } = await client.query<Counts>(
    `SELECT (SELECT count(*) FROM organizations)::int AS organizations,
            (SELECT count(*) FROM campaign_metrics)::int AS campaign_metrics,
            (SELECT count(*) FROM contacts)::int AS contacts`,
  );
  if (!rows[0]) throw new Error("counting the bench rows returned nothing");
  return rows[0];
}

/**
 * The bench database, migrated with the repo's own migrations and loaded once: a second run
 * finds the expected row counts and reuses it; `reset` drops it first. A database holding
 * anything else (an interrupted load) is refused rather than measured.
 */
export async function ensureBenchData(options: { reset: boolean; log: Log }): Promise<Counts> {
  const { log } = options;
  if (options.reset) {
    log(`Dropping ${new URL(adminUrl).pathname.slice(1)}`);
    await dropDatabase(adminUrl);
  }
  await prepareDatabase(adminUrl, { log });
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const before = await countRows(client);
    const tables = Object.keys(EXPECTED) as (keyof Counts)[];
    if (tables.every((table) => before[table] === EXPECTED[table])) {
      log(`Bench data present: ${JSON.stringify(before)}`);
      return before;
    }
    if (tables.some((table) => before[table] > 0)) {
      throw new Error(
        `The bench database holds ${JSON.stringify(before)}, not ${JSON.stringify(EXPECTED)}. Rerun with --reset.`,
      );
    }
    log("Loading bench data (about a minute)...");
    const started = performance.now();
    await loadBenchData(client, log);
    const after = await countRows(client);
    log(`Loaded ${JSON.stringify(after)} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return after;
  } finally {
    await client.end();
  }
}
