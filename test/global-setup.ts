import type { TestProject } from "vitest/node";
import { createFreshDatabase, type FreshDatabase } from "../server/db/fresh-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    appDatabaseUrl: string;
  }
}

let database: FreshDatabase | undefined;

/** One fresh, migrated PostgreSQL database per test run (embedded unless DATABASE_URL is set). */
export async function setup(project: TestProject) {
  database = await createFreshDatabase({
    prefix: "switchboard_test",
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: ".data/test",
  });
  project.provide("databaseUrl", database.adminUrl);
  project.provide("appDatabaseUrl", database.appUrl);
}

export async function teardown() {
  await database?.drop();
}
