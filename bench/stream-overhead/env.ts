/**
 * Points the app's environment (server/env.ts) at the bench database and gives it the secrets
 * it needs. Imported first by the entry point, before any server module reads `env()`.
 * APP_DATABASE_POOL_SIZE is left to the caller (default 10), so the pool can be varied.
 */
import { randomBytes } from "node:crypto";
import { adminUrl } from "./config";

process.env.DATABASE_URL = adminUrl;
// Derived from DATABASE_URL: the same database as `switchboard_app`, so RLS applies.
delete process.env.APP_DATABASE_URL;
process.env.NEXTAUTH_SECRET = randomBytes(32).toString("base64");
// Seals the provider's API key; the database is new each run, so a new key each run is fine.
process.env.ENCRYPTION_KEY = randomBytes(32).toString("base64");
(process.env as Record<string, string>).NODE_ENV = "production";
process.env.DEV_MAILBOX = "off";
