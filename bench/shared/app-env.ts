import { randomBytes } from "node:crypto";

/**
 * Points the app's environment (`server/env.ts`) at a bench database and gives it fresh secrets.
 * Call it from a bench's `env.ts`, imported first by its entry point, before any server module
 * reads `env()`. Child processes (a Next.js server) inherit it. `extra` sets more variables.
 */
export function pointAppAtDatabase(adminUrl: string, extra: Record<string, string> = {}): void {
  process.env.DATABASE_URL = adminUrl;
  // Derived from DATABASE_URL: the same database as `switchboard_app`, so RLS applies.
  delete process.env.APP_DATABASE_URL;
  process.env.NEXTAUTH_SECRET = randomBytes(32).toString("base64");
  // The database is new each run, so a new key each run seals nothing that must outlive it.
  process.env.ENCRYPTION_KEY = randomBytes(32).toString("base64");
  (process.env as Record<string, string>).NODE_ENV = "production";
  process.env.DEV_MAILBOX = "off";
  Object.assign(process.env, extra);
}
