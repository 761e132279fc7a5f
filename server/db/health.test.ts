import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { adminSql, closeConnections } from "@/test/factories";
import { checkHealth } from "./health";

const adminUrl = process.env.DATABASE_URL ?? "";
const emptyName = `switchboard_health_${randomBytes(4).toString("hex")}`;

afterAll(async () => {
  await adminSql(`DROP DATABASE IF EXISTS "${emptyName}" WITH (FORCE)`);
  await closeConnections();
});

describe("checkHealth", () => {
  it("is ok on the migrated test database, as the app role", async () => {
    const health = await checkHealth(process.env.APP_DATABASE_URL);
    expect(health).toMatchObject({ status: "ok", database: "ok" });
    if (health.status === "ok") expect(health.migrations).toBeGreaterThanOrEqual(2);
  });

  it("says the database is not migrated when the migrations table is missing", async () => {
    await adminSql(`CREATE DATABASE "${emptyName}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${emptyName}`;
    const health = await checkHealth(url.toString());
    expect(health.status).toBe("error");
    if (health.status === "error") expect(health.reason).toMatch(/not migrated/);
  });

  it("says the database is unreachable when nothing listens", async () => {
    const health = await checkHealth("postgresql://nobody@127.0.0.1:1/none");
    expect(health).toMatchObject({ status: "error" });
    if (health.status === "error") expect(health.reason).toMatch(/unreachable/);
  });
});
