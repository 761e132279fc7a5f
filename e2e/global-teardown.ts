import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { dropDatabase } from "../server/db/admin-sql";

const RECORD = ".data/e2e/database.json";

/** Drops the run's database (the web server is stopped after this and may not get to it). */
export default async function globalTeardown() {
  if (!existsSync(RECORD)) return;
  const { adminUrl } = JSON.parse(await readFile(RECORD, "utf8")) as { adminUrl: string };
  await dropDatabase(adminUrl);
  await rm(RECORD);
}
