import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import pg from "pg";

const RECORD = ".data/e2e/database.json";

/** Drops the run's database (the web server is stopped after this and may not get to it). */
export default async function globalTeardown() {
  if (!existsSync(RECORD)) return;
  const { adminUrl } = JSON.parse(await readFile(RECORD, "utf8")) as { adminUrl: string };
  const url = new URL(adminUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
  await rm(RECORD);
}
