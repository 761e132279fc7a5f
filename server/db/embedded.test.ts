import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readOrCreateSecrets, startEmbeddedPostgres } from "./embedded";

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function tempDir() {
  const dir = await mkdtemp(path.join(tmpdir(), "switchboard-embedded-"));
  dirs.push(dir);
  return dir;
}

describe("embedded PostgreSQL", () => {
  it("refuses a data folder made by another PostgreSQL major version, saying what to do", async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, "postgres"));
    await writeFile(path.join(dir, "postgres", "PG_VERSION"), "18\n");
    await expect(startEmbeddedPostgres(dir, { postgresPassword: "unused" })).rejects.toThrow(
      /created by PostgreSQL 18, but the embedded server is PostgreSQL 17.*DATA_DIR/,
    );
  });

  it("generates local secrets once and keeps them", async () => {
    const dir = await tempDir();
    const first = await readOrCreateSecrets(dir);
    expect(first.nextAuthSecret.length).toBeGreaterThanOrEqual(32);
    expect(first.demoPassword.length).toBeGreaterThanOrEqual(12);
    expect(await readOrCreateSecrets(dir)).toEqual(first);
  });
});
