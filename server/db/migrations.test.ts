import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, createMigration, pendingMigrations } from "./migrations";

// Throw-away databases live on DATABASE_URL's server; this file never touches DATABASE_URL's own database.
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error("DATABASE_URL must point at a PostgreSQL server for these tests");

const created: string[] = [];
const tempDirs: string[] = [];

function urlFor(database: string): string {
  const url = new URL(serverUrl!);
  url.pathname = `/${database}`;
  return url.toString();
}

async function query<T extends pg.QueryResultRow>(database: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: urlFor(database) });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

async function throwawayDatabase(): Promise<string> {
  const name = `migrations_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await query("postgres", `CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  created.push(name);
  return name;
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "switchboard-migrations-"));
  tempDirs.push(dir);
  return dir;
}

async function writeMigration(dir: string, name: string, sql: string): Promise<void> {
  await mkdir(path.join(dir, name), { recursive: true });
  await writeFile(path.join(dir, name, "migration.sql"), sql);
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

afterAll(async () => {
  for (const name of created)
    await query("postgres", `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  for (const dir of tempDirs) await rm(dir, { recursive: true, force: true });
});

describe("applyMigrations", () => {
  let db: string;
  let migrationsDir: string;
  // A ";" inside a literal and inside a function body: the stock adapter-pg executeScript splits on ";".
  const first = `CREATE TABLE "widget" ("id" SERIAL PRIMARY KEY, "label" TEXT NOT NULL DEFAULT 'a;b');\n`;
  const second = `CREATE TABLE "gadget" ("id" SERIAL PRIMARY KEY);
CREATE FUNCTION gadget_count() RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
  RETURN (SELECT count(*) FROM "gadget");
END;
$$;
`;

  beforeAll(async () => {
    db = await throwawayDatabase();
    migrationsDir = await tempDir();
    await writeFile(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
    await writeMigration(migrationsDir, "20240101000000_create_widget", first);
    await writeMigration(migrationsDir, "20240102000000_create_gadget", second);
  });

  it("applies every migration and records them like prisma migrate deploy", async () => {
    expect(await pendingMigrations(urlFor(db), { migrationsDir })).toEqual([
      "20240101000000_create_widget",
      "20240102000000_create_gadget",
    ]);

    const result = await applyMigrations(urlFor(db), { migrationsDir });
    expect(result.applied).toEqual(["20240101000000_create_widget", "20240102000000_create_gadget"]);

    const tables = await query<{ table_name: string }>(
      db,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    expect(tables.map((t) => t.table_name)).toEqual(["_prisma_migrations", "gadget", "widget"]);
    expect(await query(db, "SELECT gadget_count()::int AS n")).toEqual([{ n: 0 }]);
    await query(db, `INSERT INTO "widget" DEFAULT VALUES`);
    expect(await query(db, `SELECT "label" FROM "widget"`)).toEqual([{ label: "a;b" }]);

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      logs: string | null;
      applied_steps_count: number;
    }>(db, `SELECT * FROM "_prisma_migrations" ORDER BY started_at`);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual([
      ["20240101000000_create_widget", sha256(first)],
      ["20240102000000_create_gadget", sha256(second)],
    ]);
    for (const row of rows) {
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    expect(await pendingMigrations(urlFor(db), { migrationsDir })).toEqual([]);
    expect(await pendingMigrations(["20240101000000_create_widget"], { migrationsDir })).toEqual([
      "20240102000000_create_gadget",
    ]);
  });

  it("applies nothing the second time", async () => {
    expect(await applyMigrations(urlFor(db), { migrationsDir })).toEqual({ applied: [] });
    expect(await query(db, `SELECT count(*)::int AS n FROM "_prisma_migrations"`)).toEqual([{ n: 2 }]);
  });

  it("names the failing migration and the SQL error, and rolls its script back", async () => {
    await writeMigration(
      migrationsDir,
      "20240103000000_broken",
      `CREATE TABLE "half" ("id" INT);\nINSERT INTO "no_such_table" VALUES (1);\n`,
    );
    await expect(applyMigrations(urlFor(db), { migrationsDir })).rejects.toThrow(
      /20240103000000_broken[\s\S]*relation "no_such_table" does not exist/,
    );
    // The whole script ran as one implicit transaction, as with the native engine.
    expect(await query(db, `SELECT to_regclass('public.half') AS t`)).toEqual([{ t: null }]);
    expect(await pendingMigrations(urlFor(db), { migrationsDir })).toEqual(["20240103000000_broken"]);
  });

  it("reports pending migrations for a database that was never migrated", async () => {
    const empty = await throwawayDatabase();
    expect(await pendingMigrations(urlFor(empty), { migrationsDir })).toHaveLength(3);
  });
});

describe("createMigration", () => {
  let db: string;
  let migrationsDir: string;
  let schemaPath: string;
  const header = `generator client {\n  provider = "prisma-client"\n  output   = "./generated"\n}\n\ndatasource db {\n  provider = "postgresql"\n}\n`;
  const widget = `\nmodel Widget {\n  id    Int    @id @default(autoincrement())\n  label String @unique\n}\n`;
  // A cascading foreign key: the "no changes" diff below only holds if the engine reads the
  // pg_constraint "char" columns (contype, confdeltype) of the shadow database correctly.
  const gadget = `\nmodel Gadget {\n  id       Int    @id @default(autoincrement())\n  widgetId Int\n  widget   Widget @relation(fields: [widgetId], references: [id], onDelete: Cascade)\n}\n`;
  const widgetWithGadgets = widget.replace("@unique\n", "@unique\n  gadgets Gadget[]\n");

  beforeAll(async () => {
    db = await throwawayDatabase();
    const dir = await tempDir();
    migrationsDir = path.join(dir, "migrations");
    await mkdir(migrationsDir);
    schemaPath = path.join(dir, "schema.prisma");
  });

  it("writes the first migration from an empty folder", async () => {
    await writeFile(schemaPath, header + widget);
    const result = await createMigration("add-widget", {
      databaseUrl: urlFor(db),
      migrationsDir,
      schemaPath,
      now: new Date("2024-05-06T07:08:09Z"),
    });
    expect(result?.name).toBe("20240506070809_add_widget");
    const sql = await readFile(path.join(migrationsDir, "20240506070809_add_widget", "migration.sql"), "utf8");
    expect(sql).toContain(`CREATE TABLE "Widget"`);
    expect(sql).toContain(`CREATE UNIQUE INDEX "Widget_label_key"`);
    expect(await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toContain(
      'provider = "postgresql"',
    );
  });

  it("diffs from the existing migrations, and the result applies cleanly", async () => {
    // Hand-written SQL may rely on the bookkeeping table, as on a real target (the app's RLS
    // migration grants on it): the shadow replay must have it too.
    await writeMigration(migrationsDir, "20240506070810_note", `COMMENT ON TABLE "_prisma_migrations" IS 'x;y';\n`);
    await writeFile(schemaPath, header + widgetWithGadgets + gadget);
    const result = await createMigration("add_gadget", {
      databaseUrl: urlFor(db),
      migrationsDir,
      schemaPath,
      now: new Date("2024-05-07T00:00:00Z"),
    });
    expect(result?.name).toBe("20240507000000_add_gadget");
    const sql = await readFile(result!.path, "utf8");
    expect(sql).toContain(`CREATE TABLE "Gadget"`);
    expect(sql).toContain(`REFERENCES "Widget"("id") ON DELETE CASCADE`);
    expect(sql).not.toContain(`CREATE TABLE "Widget"`);

    const { applied } = await applyMigrations(urlFor(db), { migrationsDir });
    expect(applied).toEqual(["20240506070809_add_widget", "20240506070810_note", "20240507000000_add_gadget"]);
  });

  it("writes nothing when the schema matches the migrations", async () => {
    const messages: string[] = [];
    const result = await createMigration("nothing", {
      databaseUrl: urlFor(db),
      migrationsDir,
      schemaPath,
      log: (m) => messages.push(m),
    });
    expect(result).toBeNull();
    expect(messages.join("\n")).toMatch(/no schema changes/i);
    expect((await readdir(migrationsDir)).sort()).toEqual([
      "20240506070809_add_widget",
      "20240506070810_note",
      "20240507000000_add_gadget",
      "migration_lock.toml",
    ]);
  });

  it("drops its shadow databases", async () => {
    const left = await query("postgres", "SELECT datname FROM pg_database WHERE datname LIKE $1", [`${db}_shadow_%`]);
    expect(left).toEqual([]);
  });

  it("rejects names outside [a-z0-9_-]", async () => {
    await expect(createMigration("Bad Name", { databaseUrl: urlFor(db), migrationsDir, schemaPath })).rejects.toThrow(
      /Invalid migration name/,
    );
    expect(existsSync(path.join(migrationsDir, "Bad Name"))).toBe(false);
  });
});
