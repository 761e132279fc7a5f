import { describe, expect, it } from "vitest";
import { deriveAppDatabaseUrl, parseEnv } from "./env";

const base = {
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/switchboard",
  NEXTAUTH_SECRET: "x".repeat(32),
};

describe("parseEnv", () => {
  it("derives the app role URL and defaults", () => {
    const env = parseEnv(base);
    expect(env.appDatabaseUrl).toBe("postgresql://switchboard_app@127.0.0.1:5432/switchboard");
    expect(env.appUrl).toBe("http://localhost:3000");
    expect(env.APP_DATABASE_POOL_SIZE).toBe(10);
  });

  it("names a missing variable", () => {
    expect(() => parseEnv({ NEXTAUTH_SECRET: "x".repeat(32) })).toThrow(/DATABASE_URL/);
  });

  it("names a malformed variable and says what is expected", () => {
    expect(() => parseEnv({ ...base, DATABASE_URL: "mysql://root@localhost/db" })).toThrow(
      /DATABASE_URL: must start with postgres/,
    );
    expect(() => parseEnv({ ...base, NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET: must be at least 32/);
    expect(() => parseEnv({ ...base, APP_DATABASE_POOL_SIZE: "lots" })).toThrow(/APP_DATABASE_POOL_SIZE/);
  });

  it("wants all of S3's settings once a bucket is named", () => {
    expect(() => parseEnv({ ...base, S3_BUCKET: "assets", S3_ENDPOINT: "https://s3.example.com" })).toThrow(
      /S3_ACCESS_KEY_ID: is required when S3_BUCKET is set\n {2}- S3_SECRET_ACCESS_KEY: is required when S3_BUCKET is set/,
    );
    const s3 = {
      S3_BUCKET: "assets",
      S3_ENDPOINT: "https://s3.example.com",
      S3_ACCESS_KEY_ID: "a",
      S3_SECRET_ACCESS_KEY: "b",
    };
    expect(parseEnv({ ...base, ...s3 })).toMatchObject({ S3_REGION: "us-east-1", S3_FORCE_PATH_STYLE: "true" });
    expect(parseEnv(base).ASSET_URL_TTL_SECONDS).toBe(300);
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ ...base, SMTP_URL: "" }).SMTP_URL).toBeUndefined();
  });

  it("shows the dev mailbox only without SMTP, and in production only when asked", () => {
    expect(parseEnv({ ...base, NODE_ENV: "development" }).devMailboxEnabled).toBe(true);
    expect(parseEnv({ ...base, NODE_ENV: "production" }).devMailboxEnabled).toBe(false);
    expect(parseEnv({ ...base, NODE_ENV: "production", DEV_MAILBOX: "on" }).devMailboxEnabled).toBe(true);
    expect(parseEnv({ ...base, DEV_MAILBOX: "on", SMTP_URL: "smtp://mail.example.com" }).devMailboxEnabled).toBe(false);
  });

  it("drops the admin password when deriving the app role URL", () => {
    expect(deriveAppDatabaseUrl("postgresql://admin:secret@db:5432/app")).toBe(
      "postgresql://switchboard_app@db:5432/app",
    );
  });
});

describe("missing variables", () => {
  it("says the variable is required rather than quoting a type error", () => {
    expect(() => parseEnv({ NEXTAUTH_SECRET: "x".repeat(32) })).toThrow(/DATABASE_URL: is required but not set/);
  });
});
